import type { LoadersOf, RequestContext } from '@fitflow/kit';
import { clientsData, type ClientsData } from './data.js';
import type { ClientsDeps } from './deps.js';
import { clientsModules } from './schema.js';

/** One request to the clients subgraph before its loaders: who asks (kit), what the process has, the data access. */
export interface ClientsRequest extends RequestContext {
  deps: ClientsDeps;
  /**
   * All database work of the request: each unit of work (a DataLoader batch, a mutation) is one
   * transaction that first sets the caller's claims, so row-level security sees who is asking.
   */
  data: ClientsData;
}

/**
 * A resolver's context: the request plus every module's per-request DataLoaders. They depend on the
 * caller: every batch runs in one unit of work, reads through repositories filtered by the caller's
 * scope (row-level security filters again), opens the sealed fields, and appends the access-log rows of
 * the PHI it returns with one insert.
 */
export type ClientsContext = ClientsRequest & { loaders: LoadersOf<typeof clientsModules.modules> };

/** The context of one request (or of a job's `systemContext`). */
export function createContext(deps: ClientsDeps, request: RequestContext): ClientsContext {
  const withData: ClientsRequest = { ...request, deps, data: clientsData(deps, request) };
  return { ...withData, loaders: clientsModules.loaders(withData) };
}
