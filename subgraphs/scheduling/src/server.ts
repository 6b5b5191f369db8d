import { createSubgraphServer, type SubgraphDeps } from '@fitflow/kit';
import { createContext, type SchedulingContext } from './context.js';
import { buildSchedulingSchema } from './schema.js';

/** Builds the scheduling subgraph server without listening (tests call this directly). */
export async function buildSchedulingServer({ ds, verifier, log }: Pick<SubgraphDeps, 'ds' | 'verifier' | 'log'>) {
  const deps = { ds };
  return createSubgraphServer<SchedulingContext>({
    name: 'scheduling',
    schema: await buildSchedulingSchema(),
    verifier,
    log,
    extendContext: (request) => createContext(deps, request),
  });
}
