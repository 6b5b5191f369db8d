import { z } from 'zod';

/** Thrown by {@link loadConfig} when the environment does not satisfy a service's schema. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Settings every FitFlow process understands. */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/**
 * Settings of one subgraph process.
 * - `DATABASE_URL`: the subgraph's runtime role (`fitflow_<name>_app`: rows of its own schema only).
 * - `MIGRATION_DATABASE_URL`: its owner role (`fitflow_<name>`), used only to run migrations.
 * - `JWKS_URL`: identity's public key set, used to verify every access token.
 * - `REDIS_URL`: optional; in-process caches are used when unset.
 */
export const subgraphConfigSchema = baseConfigSchema.extend({
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535),
  DATABASE_URL: z.string().url(),
  /** The subgraph's owner role, for migrations; when unset, DATABASE_URL runs them. */
  MIGRATION_DATABASE_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
  REDIS_URL: z.string().url().optional(),
  /** Required by every subgraph but identity, which verifies with its own key. */
  JWKS_URL: z.string().url().optional(),
  JWT_ISSUER: z.string().min(1).default('fitflow-identity'),
  JWT_AUDIENCE: z.string().min(1).default('fitflow-api'),
});
export type SubgraphConfig = z.infer<typeof subgraphConfigSchema>;

/**
 * Validates `env` against `schema`, collecting every problem at once.
 * @throws ConfigError listing each invalid or missing variable (values are never echoed: they may be secrets).
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
  }
  return result.data;
}
