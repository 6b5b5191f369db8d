import type { DataSource, MixedList } from 'typeorm';
import { createTokenVerifier, type TokenVerifier } from './auth.js';
import type { SubgraphName } from './subgraphs.js';
import { ConfigError, loadConfig, requireInProduction, subgraphConfigSchema, type SubgraphConfig } from './config.js';
import { gatewayKey } from './gateway-credential.js';
import type { RequestContext } from './context.js';
import { openDatabase } from './db.js';
import { createLogger, type Logger } from './logger.js';
import { loadObservabilityConfig, startObservability, type ObservabilityConfig } from './observability/start.js';
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
  migrations: MixedList<Function>;
  build(deps: SubgraphDeps): Promise<SubgraphServer<Ctx>>;
  /** Closes what `build` opened beyond the DataSource (e.g. Redis). */
  onStop?(): Promise<void>;
}

/**
 * The body of every subgraph's `src/index.ts`: validate configuration (printing every problem and
 * exiting 1), start metrics and tracing when configured (kit `startObservability`), connect as the
 * subgraph's own role, run its migrations, listen, and stop cleanly on SIGINT/SIGTERM.
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
  if (config.MIGRATION_DATABASE_URL) {
    const owner = await openDatabase({
      url: config.MIGRATION_DATABASE_URL,
      schema: options.name,
      entities: options.entities,
      migrations: options.migrations,
      poolSize: 1,
    });
    await owner.destroy();
  }
  const ds = await openDatabase({
    url: config.DATABASE_URL,
    schema: options.name,
    entities: options.entities,
    // Migrations ran as the owner above; the runtime role could not run DDL anyway.
    migrations: config.MIGRATION_DATABASE_URL ? [] : options.migrations,
    poolSize: config.DATABASE_POOL_SIZE,
  });
  // identity replaces this with a verifier on its own key (it has no JWKS_URL to fetch).
  const verifier: TokenVerifier = config.JWKS_URL
    ? createTokenVerifier({ jwksUrl: config.JWKS_URL, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE })
    : async () => {
        throw new Error('no JWKS_URL configured');
      };
  const gate = subgraphGate(config);
  const server = await options.build({ ds, verifier, log, config, gate });
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
