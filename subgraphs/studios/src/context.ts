import type { LoadersOf, RequestContext } from '@fitflow/kit';
import { createStudiosData, type StudiosData } from './data.js';
import type { StudiosDeps } from './deps.js';
import { studiosModules } from './schema.js';

/** One request to the studios subgraph, before its DataLoaders: who asks, the process's dependencies, and data access bound to the caller's scope. */
export interface StudiosRequest extends RequestContext {
  deps: StudiosDeps;
  data: StudiosData;
}

/** What every studios resolver receives: the request and every module's DataLoaders. */
export type StudiosContext = StudiosRequest & { loaders: LoadersOf<typeof studiosModules.modules> };

/** Builds the context of one request (or of kit's `systemContext` for a job): `{ ...request, deps, data, loaders }`. */
export function createContext(deps: StudiosDeps, request: RequestContext): StudiosContext {
  const studiosRequest: StudiosRequest = { ...request, deps, data: createStudiosData(deps.ds, request) };
  return { ...studiosRequest, loaders: studiosModules.loaders(studiosRequest) };
}
