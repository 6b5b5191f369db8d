import { createHash } from 'node:crypto';
import pg from 'pg';

/** How many statements one connection prepares at most; statements beyond are sent unnamed, as before. */
export const PREPARED_STATEMENTS_PER_CONNECTION = 256;

/**
 * A `pg` client that prepares each parameterised statement on its connection the first time it is sent
 * (a named statement, `fitflow_<sha1 of the text>`), then only binds and executes it: PostgreSQL parses
 * it once per connection and, after its first few executions, stops planning it again (its plan cache).
 * FitFlow's statements are few and carry row-level security, which makes planning the larger part of
 * most reads (bench/RESULTS.md). At most {@link PREPARED_STATEMENTS_PER_CONNECTION} statements are
 * prepared per connection, so a statement whose text varies (a list spread into `$1, $2, …`) cannot
 * grow the server's memory. Statements without parameters (transaction control) are sent as before.
 *
 * Used through the pool's `Client` option (kit `createDataSource`, `DATABASE_PREPARED_STATEMENTS`).
 */
export class PreparingClient extends pg.Client {
  private readonly prepared = new Set<string>();
  /** Bumped when the server says a prepared statement's result changed (a migration altered a table it reads): new names then. */
  private generation = 0;

  // pg's `query` has many overloads; only (text, values) — how TypeORM and kit's runSql call it — is prepared.
  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0 && args.length === 2) {
      const name = `fitflow_${this.generation}_${createHash('sha1').update(text).digest('hex')}`;
      if (this.prepared.has(name) || this.prepared.size < PREPARED_STATEMENTS_PER_CONNECTION) {
        this.prepared.add(name);
        const run = super.query as unknown as (config: pg.QueryConfig) => Promise<unknown>;
        return run.call(this, { name, text, values }).catch((error: unknown) => {
          // A table this statement reads changed shape since it was prepared (a migration while running):
          // this statement fails once; from the next one on, statements are prepared afresh.
          if (error instanceof Error && /cached plan must not change result type/.test(error.message)) {
            this.generation += 1;
            this.prepared.clear();
          }
          throw error;
        }) as never;
      }
    }
    return (super.query as unknown as (...a: unknown[]) => never)(...args);
  }
}
