import { createSubgraphServer, type SubgraphDeps } from '@fitflow/kit';
import { createLoaders, type StudiosContext } from './context.js';
import { contractScopeOf } from './modules/contract/contract.scope.js';
import { buildStudiosSchema } from './schema.js';

/**
 * Builds the studios subgraph server without listening (tests call this directly). `ds` is connected
 * as the owner role (tests) or the runtime role `fitflow_studios_app` (production, in-process stack).
 */
export async function buildStudiosServer({ ds, verifier, log }: Pick<SubgraphDeps, 'ds' | 'verifier' | 'log'>) {
  return createSubgraphServer<StudiosContext>({
    name: 'studios',
    schema: await buildStudiosSchema(),
    verifier,
    log,
    extendContext: (base) => {
      const contractScope = contractScopeOf(base.viewer);
      return { ...base, ds, contractScope, loaders: createLoaders(ds, contractScope) };
    },
  });
}
