import { DataAccess, type LoadersOf, type RequestContext } from '@fitflow/kit';
import { financeRepositories, type FinanceData } from './data.js';
import type { FinanceDeps } from './deps.js';
import { financeModules } from './schema.js';

/** What one finance request (or job) works with before its loaders: who asks, the process deps, and data access for the caller's scope. */
export interface FinanceRequest extends RequestContext {
  deps: FinanceDeps;
  /**
   * All database work of the request: each unit of work (a DataLoader batch, a mutation) is one
   * transaction that first sets the caller's claims, so row-level security sees who is asking.
   */
  data: FinanceData;
}

/** The resolvers' context: the request and every module's per-request DataLoaders. */
export type FinanceContext = FinanceRequest & { loaders: LoadersOf<typeof financeModules.modules> };

/** The context of one request (or of a job, from kit's `systemContext`). */
export function createContext(deps: FinanceDeps, request: RequestContext): FinanceContext {
  const financeRequest: FinanceRequest = { ...request, deps, data: new DataAccess(deps.ds, request, 'finance', financeRepositories(deps.keys)) };
  return { ...financeRequest, loaders: financeModules.loaders(financeRequest) };
}
