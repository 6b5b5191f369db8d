import type { DataSource, EntityManager } from 'typeorm';
import { claimSettings, systemScope, type ViewerScope } from './scope.js';

/**
 * Runs raw SQL with **named** parameters (`:name`, `:name::uuid[]`), TypeORM's query-builder syntax,
 * so nobody counts `$9`/`$14` offsets by hand. A name used twice binds one parameter; `:...name`
 * spreads an array into a list. Returns the rows (`T[]`; for a DML statement, whatever `pg` returns).
 * Only repositories, migrations and kit call SQL (docs/conventions.md, The SQL rule).
 */
export function runSql<T = Record<string, unknown>>(em: EntityManager, text: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const [bound, values] = em.connection.driver.escapeQueryWithParameters(text, params);
  return em.query(bound, values);
}

/** One statement setting every claim transaction-locally (`set_config(name, value, true)` per pair). */
export const SET_CLAIMS_SQL = `select ${Object.keys(claimSettings(systemScope()))
  .map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`)
  .join(', ')}`;

/**
 * Database access on behalf of one {@link ViewerScope}: each unit of work is a transaction that first
 * sets the scope's {@link claimSettings} (`set_config(…, true)`, since `SET LOCAL` takes no bind
 * parameters), so row-level security sees who is asking. A unit of work either commits whole or not at
 * all. The one persistence idiom of every subgraph: resolvers, loaders, jobs and seeds all write
 * through it (jobs and seeds with kit's `systemScope`).
 */
export class ScopedDb {
  /** The claims as `set_config` parameters (name, value, …): the scope is fixed, so computed once. */
  readonly claims: readonly string[];

  constructor(
    private readonly ds: DataSource,
    readonly scope: ViewerScope,
  ) {
    this.claims = Object.entries(claimSettings(scope)).flat();
  }

  /** Runs `work` in one transaction as the scope's caller. */
  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(async (em) => {
      await em.query(SET_CLAIMS_SQL, [...this.claims]);
      return work(em);
    });
  }
}
