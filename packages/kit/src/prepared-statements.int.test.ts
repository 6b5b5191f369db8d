import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREPARED_STATEMENTS_PER_CONNECTION, PreparingClient } from './prepared-statements.js';

/** Statements prepared once per connection (kit `PreparingClient`), against the run's PostgreSQL. */
const preparing = new PreparingClient({ connectionString: process.env.DATABASE_URL });
/** The same client as pg types it (what TypeORM sees). */
const client: pg.Client = preparing;
const preparedHere = async () => ((await client.query('select name from pg_prepared_statements')) as { rows: { name: string }[] }).rows.map((row) => row.name);

beforeAll(() => preparing.connect());
afterAll(() => preparing.end());

describe('prepared statements', () => {
  it('prepares a parameterised statement the first time and reuses it after, with the right answers', async () => {
    const text = 'select $1::int + $2::int as sum';
    expect((await client.query(text, [1, 2])).rows).toEqual([{ sum: 3 }]);
    expect((await client.query(text, [40, 2])).rows).toEqual([{ sum: 42 }]);
    const names = (await preparedHere()).filter((name) => name.startsWith('fitflow_'));
    expect(names).toHaveLength(1);
  });

  it('never prepares more than its bound on one connection, and still answers every statement', async () => {
    for (let i = 0; i < PREPARED_STATEMENTS_PER_CONNECTION + 20; i++) {
      expect((await client.query(`select $1::int + ${i} as n`, [1])).rows).toEqual([{ n: 1 + i }]);
    }
    expect((await preparedHere()).filter((name) => name.startsWith('fitflow_')).length).toBe(PREPARED_STATEMENTS_PER_CONNECTION);
  });
});

describe('prepared statements across a migration', () => {
  it('answers with the new shape after a table it reads changed (a migration while running)', async () => {
    const table = `prepared_probe_${process.pid}`;
    await client.query(`create temporary table ${table} (id int)`);
    await client.query(`insert into ${table} values (1)`);
    const text = `select * from ${table} where id = $1`;
    expect((await client.query(text, [1])).rows).toEqual([{ id: 1 }]);
    await client.query(`alter table ${table} add column note text`);
    // PostgreSQL either re-plans it or refuses it once ("cached plan must not change result type"),
    // after which the client prepares afresh; either way the next answer has the new shape.
    await client.query(text, [1]).catch((error: Error) => expect(error.message).toMatch(/cached plan must not change result type/));
    expect((await client.query(text, [1])).rows).toEqual([{ id: 1, note: null }]);
  });
});
