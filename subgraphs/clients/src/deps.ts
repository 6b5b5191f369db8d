import { loadKeyRing, type KeyRing } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { loadClientsConfig } from './config.js';
import { ClientKeys } from './protection/keys.js';

/**
 * What the clients subgraph needs for as long as the process runs, whoever asks: built once at start
 * (server, job, seed), never per request.
 */
export interface ClientsDeps {
  /** Connected as the runtime role `fitflow_clients_app` (row-level security applies) — or the owner, for seeds. */
  ds: DataSource;
  /** The clients schema's data keys (unwrapped-key cache of this process). */
  keys: ClientKeys;
  /** `CLINICAL_RECORD_RETENTION_YEARS`: years a clinical record is kept after the last session note (config.ts). */
  retentionYears: number;
}

/**
 * The dependencies from what the caller passes, the rest from the environment (config.ts):
 * `keyRing` defaults to kit `loadKeyRing` (MASTER_KEYS, ACTIVE_MASTER_KEY_ID, or the development key
 * file), `retentionYears` to `CLINICAL_RECORD_RETENTION_YEARS` (10). Pass `keys` to share one key cache.
 * @throws ConfigError for invalid settings in the environment.
 */
export function clientsDeps(options: { ds: DataSource; keyRing?: KeyRing; keys?: ClientKeys; retentionYears?: number }): ClientsDeps {
  const keys = options.keys ?? new ClientKeys(options.keyRing ?? loadKeyRing(loadClientsConfig()));
  return { ds: options.ds, keys, retentionYears: options.retentionYears ?? loadClientsConfig().CLINICAL_RECORD_RETENTION_YEARS };
}
