import { baseConfigSchema, gatewaySecretSchema, httpPortSchema, loadConfig, requireInProduction, SUBGRAPHS } from '@fitflow/kit';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { parseProxyEntry } from './caller.js';
import { parseOrigin } from './http-policy.js';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_LIMITS } from './limits.js';
import { DEFAULT_RATE_LIMITS } from './rate-limits.js';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS } from './subgraph-unavailable.js';

/** A comma-separated list setting: its trimmed, non-empty entries. */
const commaList = (check: (entry: string) => string | null) =>
  z
    .string()
    .default('')
    .transform((text, ctx) => {
      const entries = text
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
      for (const entry of entries) {
        const problem = check(entry);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }
      return entries;
    });

const positive = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/**
 * Gateway settings. `SUBGRAPH_URL_<NAME>` overrides the routing URL composed into the supergraph
 * (e.g. `SUBGRAPH_URL_CLIENTS=http://clients:4103/graphql` in docker-compose).
 */
export const gatewayConfigSchema = requireInProduction(
  baseConfigSchema.extend({
    HOST: z.string().default('127.0.0.1'),
    PORT: httpPortSchema().default(4000),
    SUPERGRAPH_PATH: z.string().default('schema/supergraph.graphql'),
    /** The web app's persisted operations (codegen's or Apollo's manifest format): what people may run in production. */
    PERSISTED_DOCUMENTS_PATH: z.string().default('web/src/__generated__/persisted-documents.json'),
    JWKS_URL: z.string().url(),
    JWT_ISSUER: z.string().default('fitflow-identity'),
    JWT_AUDIENCE: z.string().default('fitflow-api'),
    /** Proxies of ours in front of the gateway (IPs and CIDR subnets, comma-separated): only theirs `X-Forwarded-For` is believed. */
    TRUSTED_PROXIES: commaList((entry) => (parseProxyEntry(entry) ? null : `"${entry}" is not an IP address or a subnet such as 10.0.0.0/8`)),
    /** Browser origins allowed to call the API (comma-separated, e.g. https://app.fitflow.example); never `*`. */
    CORS_ORIGINS: commaList((entry) => {
      try {
        parseOrigin(entry);
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    }),
    /** The gateway's public URL; https turns HSTS on for every answer. */
    PUBLIC_URL: z.string().url().optional(),
    /** Rate-limit counters shared by every gateway instance; without it each process counts its own. */
    REDIS_URL: z.string().url().optional(),
    /** Prefix of the gateway's keys in Redis (rate limits, idempotency keys): deployments sharing one Redis each take their own. */
    REDIS_KEY_PREFIX: z.string().min(1).max(64).default('fitflow-gw:'),
    MAX_DEPTH: positive(DEFAULT_REQUEST_LIMITS.maxDepth),
    MAX_ALIASES: positive(DEFAULT_REQUEST_LIMITS.maxAliases),
    MAX_DIRECTIVES: positive(DEFAULT_REQUEST_LIMITS.maxDirectives),
    MAX_TOKENS: positive(DEFAULT_REQUEST_LIMITS.maxTokens),
    MAX_COST: positive(DEFAULT_REQUEST_LIMITS.maxCost),
    DEFAULT_LIST_SIZE: positive(DEFAULT_REQUEST_LIMITS.defaultListSize),
    MAX_BODY_BYTES: positive(DEFAULT_MAX_BODY_BYTES),
    /** How long the gateway waits for a subgraph's answer, in milliseconds, before serving without it (docs/faults.md). */
    SUBGRAPH_TIMEOUT_MS: positive(DEFAULT_SUBGRAPH_TIMEOUT_MS),
    RATE_LIMIT_WINDOW_SECONDS: positive(DEFAULT_RATE_LIMITS.windowSeconds),
    RATE_LIMIT_PER_IP: positive(DEFAULT_RATE_LIMITS.perIp),
    RATE_LIMIT_PER_USER_WEB: positive(DEFAULT_RATE_LIMITS.perUserWeb),
    RATE_LIMIT_PER_USER: positive(DEFAULT_RATE_LIMITS.perUser),
    RATE_LIMIT_PER_APP: positive(DEFAULT_RATE_LIMITS.perApp),
    RATE_LIMIT_LOGIN_WINDOW_SECONDS: positive(DEFAULT_RATE_LIMITS.loginWindowSeconds),
    RATE_LIMIT_LOGINS_PER_ACCOUNT: positive(DEFAULT_RATE_LIMITS.loginsPerAccount),
    RATE_LIMIT_LOGINS_PER_IP: positive(DEFAULT_RATE_LIMITS.loginsPerIp),
    /** Shared with every subgraph: signs the gateway's credential on each subgraph call. Required in production. */
    GATEWAY_SECRET: gatewaySecretSchema,
    /**
     * The built web app to serve on the gateway's origin (./web-app.ts), e.g. `web/dist`. Unset: in
     * production `web/dist` when it holds a build, else none (development: Vite serves the app).
     */
    WEB_DIST: z.string().min(1).optional(),
    /** `1`: `/ready` also requires every subgraph's `/ready` (default `0`: the supergraph and Redis only). */
    READY_CHECKS_SUBGRAPHS: z.enum(['0', '1']).default('0'),
    ...Object.fromEntries(SUBGRAPHS.map((name) => [`SUBGRAPH_URL_${name.toUpperCase()}`, z.string().url().optional()])),
  }),
  ['GATEWAY_SECRET'],
);
export type GatewayConfig = z.infer<typeof gatewayConfigSchema> & Record<string, unknown>;

export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(gatewayConfigSchema, env) as GatewayConfig;

/** The web app directory the gateway serves (see `WEB_DIST`), or undefined. */
export function webAppDir(config: Pick<GatewayConfig, 'WEB_DIST' | 'NODE_ENV'>): string | undefined {
  if (config.WEB_DIST) return config.WEB_DIST;
  return config.NODE_ENV === 'production' && existsSync(DEFAULT_WEB_DIST_INDEX) ? 'web/dist' : undefined;
}

const DEFAULT_WEB_DIST_INDEX = 'web/dist/index.html';

/** Routing URL overrides by subgraph name. */
export function subgraphUrlOverrides(config: GatewayConfig): Record<string, string> {
  return Object.fromEntries(
    SUBGRAPHS.flatMap((name) => {
      const url = config[`SUBGRAPH_URL_${name.toUpperCase()}`];
      return typeof url === 'string' && url ? [[name, url]] : [];
    }),
  );
}

/** The request limits, body limit and rate limits of `config`, as `buildGateway` options. */
export const policyOptions = (config: GatewayConfig) => ({
  trustedProxies: config.TRUSTED_PROXIES,
  corsOrigins: config.CORS_ORIGINS,
  publicUrl: config.PUBLIC_URL,
  redisUrl: config.REDIS_URL,
  rateLimitKeyPrefix: config.REDIS_KEY_PREFIX,
  maxBodyBytes: config.MAX_BODY_BYTES,
  subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
  limits: {
    maxDepth: config.MAX_DEPTH,
    maxAliases: config.MAX_ALIASES,
    maxDirectives: config.MAX_DIRECTIVES,
    maxTokens: config.MAX_TOKENS,
    maxCost: config.MAX_COST,
    defaultListSize: config.DEFAULT_LIST_SIZE,
  },
  rateLimits: {
    windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
    perIp: config.RATE_LIMIT_PER_IP,
    perUserWeb: config.RATE_LIMIT_PER_USER_WEB,
    perUser: config.RATE_LIMIT_PER_USER,
    perApp: config.RATE_LIMIT_PER_APP,
    loginWindowSeconds: config.RATE_LIMIT_LOGIN_WINDOW_SECONDS,
    loginsPerAccount: config.RATE_LIMIT_LOGINS_PER_ACCOUNT,
    loginsPerIp: config.RATE_LIMIT_LOGINS_PER_IP,
  },
});
