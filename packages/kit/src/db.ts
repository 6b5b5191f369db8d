import { DataSource, type Logger as TypeOrmLogger, type MixedList } from 'typeorm';
import { trackDatabasePool } from './observability/metrics.js';
import { PreparingClient } from './prepared-statements.js';

export interface DatabaseOptions {
  /** Connection URL of the subgraph's own role. */
  url: string;
  /** The PostgreSQL schema the subgraph owns (`identity`, `studios`, …). */
  schema: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  poolSize?: number;
  /** Optional TypeORM logger (tests use {@link QueryCounter}). */
  logger?: TypeOrmLogger;
  /**
   * Prepare each parameterised statement once per connection (kit {@link PreparingClient}); default
   * true. Off for a pooler that cannot carry prepared statements (PgBouncer before 1.21, or without
   * `max_prepared_statements`): `DATABASE_PREPARED_STATEMENTS=false`.
   */
  preparedStatements?: boolean;
}

/**
 * Creates (does not connect) a subgraph's DataSource. Schema changes only ever come from migrations:
 * `synchronize` is off, and extensions are not installed (pgcrypto's `gen_random_uuid()` is core since PG 13).
 * Its pool is reported in the `fitflow_db_pool_*` metrics under the schema's name (kit `trackDatabasePool`).
 */
export function createDataSource(options: DatabaseOptions): DataSource {
  const ds = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    migrationsRun: false,
    installExtensions: false,
    logging: options.logger ? true : false,
    logger: options.logger,
    applicationName: `fitflow-${options.schema}`,
    extra: {
      max: options.poolSize ?? 5,
      options: `-c search_path=${options.schema}`,
      ...(options.preparedStatements === false ? {} : { Client: PreparingClient }),
    },
  });
  trackDatabasePool(ds, options.schema);
  return ds;
}

/** Connects and applies pending migrations, each in its own transaction. */
export async function openDatabase(options: DatabaseOptions): Promise<DataSource> {
  const ds = createDataSource(options);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}

/**
 * A TypeORM logger that counts SQL statements (used by N+1 tests and benchmarks): `count` and
 * `statements` leave out transaction control (BEGIN, COMMIT, ROLLBACK), `transactions` counts the
 * transactions begun.
 */
export class QueryCounter implements TypeOrmLogger {
  count = 0;
  transactions = 0;
  readonly statements: string[] = [];
  logQuery(query: string) {
    if (/^(START TRANSACTION|BEGIN)/i.test(query)) this.transactions += 1;
    if (/^(START TRANSACTION|COMMIT|ROLLBACK|BEGIN)/i.test(query)) return;
    this.count += 1;
    this.statements.push(query);
  }
  reset() {
    this.count = 0;
    this.transactions = 0;
    this.statements.length = 0;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}
