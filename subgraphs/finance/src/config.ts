import { loadConfig } from '@fitflow/kit';
import { z } from 'zod';

/**
 * The finance subgraph's own settings (beside kit's subgraph settings, which `runSubgraph` checks):
 * `MASTER_KEYS`, `ACTIVE_MASTER_KEY_ID`: master keys wrapping the per-trainer data keys that seal
 * bank account numbers (kit's `loadKeyRing`; required in production, a development key file otherwise).
 */
export const financeConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  MASTER_KEYS: z.string().optional(),
  ACTIVE_MASTER_KEY_ID: z.string().optional(),
});
export type FinanceConfig = z.infer<typeof financeConfigSchema>;

/** @throws ConfigError listing every invalid variable. */
export const loadFinanceConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(financeConfigSchema, env);
