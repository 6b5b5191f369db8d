import { createSubgraphServer, loadKeyRing, ScopedDb, type KeyRing, type SubgraphDeps , scopeOf } from '@fitflow/kit';
import { loadClientsConfig } from './config.js';
import { createLoaders, type ClientsContext, type ClientsRequest } from './context.js';
import { clientScopeOf } from './modules/client/client.scope.js';
import { ClientKeys } from './protection/keys.js';
import { buildClientsSchema } from './schema.js';

export interface ClientsServerDeps extends Pick<SubgraphDeps, 'ds' | 'verifier' | 'log'> {
  /** Master keys wrapping the per-client data keys; default: kit `loadKeyRing` over the environment (MASTER_KEYS, ACTIVE_MASTER_KEY_ID, or the development key file). */
  keyRing?: KeyRing;
  /** `CLINICAL_RECORD_RETENTION_YEARS`; default from the environment (10). */
  retentionYears?: number;
}

/**
 * Builds the clients subgraph server without listening (tests call this directly). `ds` must be
 * connected as the runtime role `fitflow_clients_app`: every request's database work runs through a
 * {@link ScopedDb} carrying the caller's claims, so row-level security applies.
 */
export async function buildClientsServer({ ds, verifier, log, keyRing, retentionYears }: ClientsServerDeps) {
  const keys = new ClientKeys(keyRing ?? loadKeyRing(loadClientsConfig()));
  const retention = retentionYears ?? loadClientsConfig().CLINICAL_RECORD_RETENTION_YEARS;
  const server = await createSubgraphServer<ClientsContext>({
    name: 'clients',
    schema: await buildClientsSchema(),
    verifier,
    log,
    extendContext: (base) => {
      const request: ClientsRequest = { ...base, db: new ScopedDb(ds, scopeOf(base.viewer)), keys, scope: clientScopeOf(base.viewer), retentionYears: retention };
      return { ...request, loaders: createLoaders(request) };
    },
  });
  return Object.assign(server, { keys });
}
