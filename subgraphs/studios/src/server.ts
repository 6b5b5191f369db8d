import { createSubgraphServer, type SubgraphDeps } from '@fitflow/kit';
import { createLoaders, type StudiosContext } from './context.js';
import { buildStudiosSchema } from './schema.js';

/** Builds the studios subgraph server without listening (tests call this directly). */
export async function buildStudiosServer({ ds, verifier, log }: Pick<SubgraphDeps, 'ds' | 'verifier' | 'log'>) {
  return createSubgraphServer<StudiosContext>({
    name: 'studios',
    schema: await buildStudiosSchema(),
    verifier,
    log,
    extendContext: (base) => ({ ...base, ds, loaders: createLoaders(ds) }),
  });
}
