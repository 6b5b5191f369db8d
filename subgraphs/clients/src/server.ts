import { createSubgraphServer, type KeyRing, type SubgraphDeps } from '@fitflow/kit';
import { createContext, type ClientsContext } from './context.js';
import { clientsDeps } from './deps.js';
import { buildClientsSchema } from './schema.js';

export interface ClientsServerDeps extends Pick<SubgraphDeps, 'ds' | 'verifier' | 'log' | 'gate'> {
  /** Master keys wrapping the per-client data keys; default: kit `loadKeyRing` over the environment (MASTER_KEYS, ACTIVE_MASTER_KEY_ID, or the development key file). */
  keyRing?: KeyRing;
  /** `CLINICAL_RECORD_RETENTION_YEARS`; default from the environment (10). */
  retentionYears?: number;
}

/**
 * Builds the clients subgraph server without listening (tests call this directly). `ds` must be
 * connected as the runtime role `fitflow_clients_app`: every request's database work runs through its
 * data-access object carrying the caller's claims, so row-level security applies. The returned server
 * also exposes the process's data `keys`.
 * @throws ConfigError when a default read from the environment is invalid.
 */
export async function buildClientsServer({ ds, verifier, log, gate, keyRing, retentionYears }: ClientsServerDeps) {
  const deps = clientsDeps({ ds, keyRing, retentionYears });
  const server = await createSubgraphServer<ClientsContext>({
    name: 'clients',
    schema: await buildClientsSchema(),
    verifier,
    gate,
    log,
    securityEvents: { ds, schema: 'clients' },
    extendContext: (request) => createContext(deps, request),
  });
  return Object.assign(server, { keys: deps.keys });
}
