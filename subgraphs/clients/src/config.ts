import { loadConfig } from '@fitflow/kit';
import { z } from 'zod';

/**
 * The clients subgraph's own settings (beside kit's subgraph settings, which `runSubgraph` checks):
 * - `MASTER_KEYS`, `ACTIVE_MASTER_KEY_ID`: master keys wrapping the per-client data keys (kit's
 *   `loadKeyRing`; required in production, a development key file otherwise).
 * - `CLINICAL_RECORD_RETENTION_YEARS`: how long a client's clinical record is kept after their last
 *   session note before an erasure request is carried out (crypto-shredding). Default 10: the College
 *   of Kinesiologists of Ontario's record-keeping standard requires records to be kept for at least 10
 *   years after the date of the last interaction with the client (or 10 years after the client's
 *   18th birthday, whichever is later). It is the longest of the rules our Canadian trainers are held
 *   to, so it is the safe default; a deployment may set it to what its regulator requires.
 */
export const clientsConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  MASTER_KEYS: z.string().optional(),
  ACTIVE_MASTER_KEY_ID: z.string().optional(),
  CLINICAL_RECORD_RETENTION_YEARS: z.coerce.number().int().min(0).max(100).default(10),
});
export type ClientsConfig = z.infer<typeof clientsConfigSchema>;

/** @throws ConfigError listing every invalid variable. */
export const loadClientsConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(clientsConfigSchema, env);
