import type { LoadersOf, RequestContext } from '@fitflow/kit';
import { schedulingData, type SchedulingData } from './data.js';
import type { SchedulingDeps } from './deps.js';
import { schedulingModules } from './schema.js';

/** One request to the scheduling subgraph: who asks (kit's request context), the process's dependencies, and its data access. */
export interface SchedulingRequest extends RequestContext {
  deps: SchedulingDeps;
  /** The repositories, bound to the caller's scope (`ctx.scope`), one unit of work at a time. */
  data: SchedulingData;
}

/** What resolvers receive: the request and every module's per-request DataLoaders. */
export type SchedulingContext = SchedulingRequest & { loaders: LoadersOf<typeof schedulingModules.modules> };

/** Builds the context of one request (or of kit's `systemContext`). */
export function createContext(deps: SchedulingDeps, request: RequestContext): SchedulingContext {
  const withData: SchedulingRequest = { ...request, deps, data: schedulingData(deps, request) };
  return { ...withData, loaders: schedulingModules.loaders(withData) };
}
