import { createSubgraphServer, type SubgraphDeps } from '@fitflow/kit';
import { createLoaders, type ClientsContext } from './context.js';
import { clientScopeOf } from './modules/client/client.scope.js';
import { buildClientsSchema } from './schema.js';

/** Builds the clients subgraph server without listening (tests call this directly). */
export async function buildClientsServer({ ds, verifier, log }: Pick<SubgraphDeps, 'ds' | 'verifier' | 'log'>) {
  return createSubgraphServer<ClientsContext>({
    name: 'clients',
    schema: await buildClientsSchema(),
    verifier,
    log,
    extendContext: (base) => ({ ...base, ds, scope: clientScopeOf(base.viewer), loaders: createLoaders(ds, base.viewer) }),
  });
}
