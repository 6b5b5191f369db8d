import { createSubgraphServer, type SubgraphDeps } from '@fitflow/kit';
import { createContext, type StudiosContext } from './context.js';
import type { StudiosDeps } from './deps.js';
import { buildStudiosSchema } from './schema.js';

/**
 * Builds the studios subgraph server without listening (tests call this directly). `ds` is connected
 * as the owner role (tests) or the runtime role `fitflow_studios_app` (production, in-process stack).
 */
export async function buildStudiosServer({ ds, verifier, log, gate }: Pick<SubgraphDeps, 'ds' | 'verifier' | 'log' | 'gate'>) {
  const deps: StudiosDeps = { ds };
  return createSubgraphServer<StudiosContext>({
    name: 'studios',
    schema: await buildStudiosSchema(),
    verifier,
    gate,
    log,
    securityEvents: { ds, schema: 'studios' },
    extendContext: (request) => createContext(deps, request),
  });
}
