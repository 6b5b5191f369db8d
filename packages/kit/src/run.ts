import type { DataSource, MixedList } from 'typeorm';
import { createTokenVerifier, type TokenVerifier } from './auth.js';
import type { SubgraphName } from './subgraphs.js';
import { ConfigError, loadConfig, requireInProduction, subgraphConfigSchema, type SubgraphConfig } from './config.js';
import { gatewayKey } from './gateway-credential.js';
import type { RequestContext } from './context.js';
import { createDataSource } from './db.js';
import { createLogger, type Logger } from './logger.js';
import { loadObservabilityConfig, startObservability, type ObservabilityConfig } from './observability/start.js';
import { databaseCheck, migrationsCheck, type ReadinessCheck } from './readiness.js';
import type { SubgraphGate, SubgraphServer } from './server.js';

export interface SubgraphDeps {
  ds: DataSource;
  verifier: TokenVerifier;
  log: Logger;
  config: SubgraphConfig;
  /** How the subgraph recognises the gateway: from `GATEWAY_SECRET`, required in production. */
  gate?: SubgraphGate;
}

export interface RunSubgraphOptions<Ctx extends RequestContext> {
  name: SubgraphName;
  defaultPort: number;
  entities: MixedList<Function>;
  /** The subgraph's migrations: never run here (`npm run migrate` does), only checked by `/ready`. */
  migrations: MixedList<Function>;
  build(deps: SubgraphDeps): Promise<SubgraphServer<Ctx>>;
  /** Readiness checks beyond the database and migrations (e.g. Redis), asked after `build`. */
  readinessChecks?(): ReadinessCheck[];
  /** Closes what `build` opened beyond the DataSource (e.g. Redis). */
  onStop?(): Promise<void>;
}

/**
 * The body of every subgraph's `src/index.ts`: validate configuration (printing every problem and
 * exiting 1), start metrics and tracing when configured (kit `startObservability`), connect as the subgraph's runtime role (`DATABASE_URL`; migrations are a step of their
 * own, `npm run migrate`), listen, and stop cleanly on SIGINT/SIGTERM: `/ready` answers 503 at once,
 * new connections are refused, in-flight requests finish, then the pool closes and the process exits 0.
 * `GET /ready` checks the database, that every migration of `migrations` is applied, and
 * `readinessChecks` (kit `readiness.ts`).
 */
export async function runSubgraph<Ctx extends RequestContext>(options: RunSubgraphOptions<Ctx>): Promise<void> {
  let config: SubgraphConfig;
  let observabilityConfig: ObservabilityConfig;
  try {
    observabilityConfig = loadObservabilityConfig();
    config = loadConfig(
      requireInProduction(subgraphConfigSchema.extend({ PORT: subgraphConfigSchema.shape.PORT.default(options.defaultPort) }), ['GATEWAY_SECRET']),
    );
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`${options.name}: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  if (!config.JWKS_URL && options.name !== 'identity') {
    console.error(`${options.name}: Invalid configuration:\n  - JWKS_URL: required (identity's /.well-known/jwks.json)`);
    process.exit(1);
  }
  const log = createLogger(options.name, config.LOG_LEVEL);
  // Before the database opens: the PostgreSQL instrumentation hooks `pg` as TypeORM loads it.
  const observability = await startObservability(options.name, observabilityConfig, log);
  // The runtime role could not run DDL anyway; a database behind the code shows on /ready.
  const ds = createDataSource({
    url: config.DATABASE_URL,
    schema: options.name,
    entities: options.entities,
    migrations: [],
    poolSize: config.DATABASE_POOL_SIZE,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
  });
  await ds.initialize();
  // identity replaces this with a verifier on its own key (it has no JWKS_URL to fetch).
  const verifier: TokenVerifier = config.JWKS_URL
    ? createTokenVerifier({ jwksUrl: config.JWKS_URL, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE })
    : async () => {
        throw new Error('no JWKS_URL configured');
      };
  const gate = subgraphGate(config);
  const server = await options.build({ ds, verifier, log, config, gate });
  server.readiness.add(databaseCheck(ds), migrationsCheck(ds, options.name, options.migrations), ...(options.readinessChecks?.() ?? []));
  const { stop } = await server.listen(config.PORT, config.HOST);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    await stop();
    await options.onStop?.();
    await ds.destroy();
    await observability.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/**
 * The {@link SubgraphGate} of a subgraph's settings: with `GATEWAY_SECRET`, calls carrying the gateway's
 * credential are vouched for, and in production (`NODE_ENV=production`) no other call is answered.
 */
export function subgraphGate(config: Pick<SubgraphConfig, 'GATEWAY_SECRET' | 'NODE_ENV'>): SubgraphGate | undefined {
  return config.GATEWAY_SECRET ? { key: gatewayKey(config.GATEWAY_SECRET), required: config.NODE_ENV === 'production' } : undefined;
}
