import { createSubgraphServer, type SubgraphDeps } from '@fitflow/kit';
import { createLoaders, type FinanceContext } from './context.js';
import { financeScopeOf } from './modules/invoice/invoice.scope.js';
import { buildFinanceSchema } from './schema.js';

/**
 * Builds the finance subgraph server without listening (tests call this directly). `ds` is the
 * runtime role `fitflow_finance_app` in production (the owner role works too).
 */
export async function buildFinanceServer({ ds, verifier, log }: Pick<SubgraphDeps, 'ds' | 'verifier' | 'log'>) {
  return createSubgraphServer<FinanceContext>({
    name: 'finance',
    schema: await buildFinanceSchema(),
    verifier,
    log,
    extendContext: (base) => {
      const scope = financeScopeOf(base.viewer);
      return { ...base, ds, scope, loaders: createLoaders(ds, scope) };
    },
  });
}
