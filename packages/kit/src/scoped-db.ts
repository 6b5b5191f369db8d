import pg from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { claimSettings, type ViewerScope } from './scope.js';

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

/**
 * Opens a transaction on `runner` (connected or not) and sets `claims` (the `set_config` pairs: name,
 * value, …) in it, in **one round trip**: `START TRANSACTION; select set_config(…, true), …` as one
 * simple-protocol query, the values quoted by `pg`'s `escapeLiteral` (no bind parameters there). Every
 * transaction FitFlow opens begins this way, so this saves a round trip to PostgreSQL per transaction,
 * which under load is a syscall and a server wake-up each (bench/RESULTS.md). TypeORM's runner is then
 * told its transaction is open, as its own `startTransaction` would (commit, roll back and nested
 * savepoints work as usual).
 * @throws what PostgreSQL or the connection threw; the runner is then not in a transaction.
 */
export async function beginWithClaims(runner: QueryRunner, claims: readonly string[]): Promise<void> {
  const settings = [];
  for (let i = 0; i < claims.length; i += 2) settings.push(`set_config(${pg.escapeLiteral(claims[i])}, ${pg.escapeLiteral(claims[i + 1])}, true)`);
  await runner.query(`START TRANSACTION; select ${settings.join(', ')}`);
  // What TypeORM's startTransaction records after its START TRANSACTION (depth 1: nested units of work use savepoints).
  const state = runner as unknown as { isTransactionActive: boolean; transactionDepth: number };
  state.isTransactionActive = true;
  state.transactionDepth = 1;
}

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

  /**
   * Runs `work` in one transaction as the scope's caller ({@link beginWithClaims}): committed when it
   * resolves, rolled back when it throws.
   * @throws what `work` or PostgreSQL threw.
   */
  async run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.ds.createQueryRunner();
    try {
      await beginWithClaims(runner, this.claims);
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
