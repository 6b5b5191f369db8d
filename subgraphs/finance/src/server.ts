import { createSubgraphServer, loadKeyRing, ScopedDb, type KeyRing, type SubgraphDeps , scopeOf } from '@fitflow/kit';
import { loadFinanceConfig } from './config.js';
import { createLoaders, type FinanceContext, type FinanceRequest } from './context.js';
import { financeScopeOf } from './modules/invoice/invoice.scope.js';
import { FinanceKeys } from './protection/keys.js';
import { buildFinanceSchema } from './schema.js';

export interface FinanceServerDeps extends Pick<SubgraphDeps, 'ds' | 'verifier' | 'log'> {
  /** Master keys wrapping the per-trainer data keys; default: kit `loadKeyRing` over the environment. */
  keyRing?: KeyRing;
}

/**
 * Builds the finance subgraph server without listening (tests call this directly). `ds` must be
 * connected as the runtime role `fitflow_finance_app`: every request's database work runs through a
 * {@link ScopedDb} carrying the caller's claims, so row-level security applies.
 */
export async function buildFinanceServer({ ds, verifier, log, keyRing }: FinanceServerDeps) {
  const keys = new FinanceKeys(keyRing ?? loadKeyRing(loadFinanceConfig()));
  const server = await createSubgraphServer<FinanceContext>({
    name: 'finance',
    schema: await buildFinanceSchema(),
    verifier,
    log,
    extendContext: (base) => {
      const request: FinanceRequest = { ...base, db: new ScopedDb(ds, scopeOf(base.viewer)), scope: financeScopeOf(base.viewer), keys };
      return { ...request, loaders: createLoaders(request) };
    },
  });
  return Object.assign(server, { keys });
}
