import { z } from 'zod';

/** Thrown by {@link loadConfig} when the environment does not satisfy a service's schema. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Ports the Fetch standard forbids fetching from ("bad ports", https://fetch.spec.whatwg.org/#port-blocking):
 * browsers and Node's `fetch` (undici) refuse them before connecting, so a FitFlow service on one could
 * not be reached by the web app, the gateway's health checks or `npm start`. Same list as undici's
 * `lib/web/fetch/constants.js`; a test checks it against the running Node's `fetch`.
 */
export const BLOCKED_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137,
  139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** A TCP port setting: an integer 0–65535 (0: any free port, where the service allows it). */
export const portSchema = () => z.coerce.number().int().min(0).max(65535);

/**
 * A port setting for an HTTP server (a subgraph, the gateway, the web dev server): a {@link portSchema}
 * that is not one of the {@link BLOCKED_PORTS}, refused with a message saying why.
 */
export const httpPortSchema = () =>
  portSchema().refine((port) => !BLOCKED_PORTS.has(port), {
    error: (issue) =>
      `port ${String(issue.input)} is blocked by browsers and Node's fetch (Fetch standard "bad ports", ` +
      'https://fetch.spec.whatwg.org/#port-blocking); choose another',
  });

/** Settings every FitFlow process understands. */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/**
 * `GATEWAY_SECRET`: shared by the gateway and every subgraph (kit `gateway-credential.ts`), at least
 * 32 characters (e.g. `openssl rand -base64 48`).
 */
export const gatewaySecretSchema = z.string().min(32, 'at least 32 characters (e.g. openssl rand -base64 48)').optional();

/** `schema` with each of `names` required when `NODE_ENV=production` (a problem naming the variable otherwise). */
export function requireInProduction<S extends z.ZodObject>(schema: S, names: string[]) {
  return schema.superRefine((value: Record<string, unknown>, ctx) => {
    if (value.NODE_ENV !== 'production') return;
    for (const name of names) {
      if (value[name] === undefined) ctx.addIssue({ code: 'custom', path: [name], message: 'required in production' });
    }
  });
}

/**
 * Settings of one subgraph process.
 * - `DATABASE_URL`: the subgraph's runtime role (`fitflow_<name>_app`: rows of its own schema only). A
 *   serving process holds no other database credential: migrations run before it starts, as their own
 *   step (`npm run migrate`, docs/deployment.md).
 * - `JWKS_URL`: identity's public key set, used to verify every access token.
 * - `REDIS_URL`: optional; in-process caches are used when unset.
 */
export const subgraphConfigSchema = baseConfigSchema.extend({
  HOST: z.string().default('127.0.0.1'),
  PORT: httpPortSchema(),
  DATABASE_URL: z.string().url(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
  /** Prepare statements once per connection (kit `PreparingClient`); `false` behind a pooler that cannot carry them. */
  DATABASE_PREPARED_STATEMENTS: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  REDIS_URL: z.string().url().optional(),
  /** Required by every subgraph but identity, which verifies with its own key. */
  JWKS_URL: z.string().url().optional(),
  JWT_ISSUER: z.string().min(1).default('fitflow-identity'),
  JWT_AUDIENCE: z.string().min(1).default('fitflow-api'),
  /** Shared with the gateway; required in production, where only the gateway's signed calls are answered. */
  GATEWAY_SECRET: gatewaySecretSchema,
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
