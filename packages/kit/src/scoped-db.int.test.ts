import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource, QueryCounter } from './db.js';
import { ScopedDb } from './scoped-db.js';
import type { ViewerScope } from './scope.js';

/** kit's ScopedDb against the run's PostgreSQL: every unit of work opens with the caller's claims in one round trip. */
const counter = new QueryCounter();
let ds: DataSource;
const table = `scoped_probe_${process.pid}`;

const scope = (overrides: Partial<ViewerScope> = {}): ViewerScope => ({
  userId: '0b8c5a53-3f0e-4c7e-9d55-5f1e7f6a0c11',
  superAdmin: false,
  system: false,
  trainerIds: ['6f1c2a8e-1d2b-4c3d-8e9f-0a1b2c3d4e5f'],
  adminTrainerIds: [],
  studioIds: [],
  clientIds: [],
  ...overrides,
});

const claimsSeen = (db: ScopedDb) =>
  db.run(async (em) => {
    const [row] = (await em.query(
      `select current_setting('app.user_id') as user_id, current_setting('app.trainer_ids') as trainers, current_setting('app.super_admin') as super_admin`,
    )) as {
      user_id: string;
      trainers: string;
      super_admin: string;
    }[];
    return row;
  });

beforeAll(async () => {
  ds = createDataSource({ url: process.env.DATABASE_URL!, schema: 'public', entities: [], migrations: [], poolSize: 1, logger: counter });
  await ds.initialize();
  await ds.query(`create table ${table} (n int)`);
});
afterAll(async () => {
  await ds.query(`drop table if exists ${table}`);
  await ds.destroy();
});

describe('ScopedDb', () => {
  it("sets the caller's claims with the transaction's start, in one round trip", async () => {
    counter.reset();
    expect(await claimsSeen(new ScopedDb(ds, scope()))).toEqual({
      user_id: '0b8c5a53-3f0e-4c7e-9d55-5f1e7f6a0c11',
      trainers: '6f1c2a8e-1d2b-4c3d-8e9f-0a1b2c3d4e5f',
      super_admin: 'off',
    });
    // START TRANSACTION with the claims, the read, COMMIT: three round trips, one transaction.
    expect(counter.transactions).toBe(1);
    expect(counter.statements).toHaveLength(2);
    expect(counter.statements[0]).toMatch(/^select set_config\('app.user_id', '0b8c5a53-/);
  });

  it('sets a claim holding quotes and backslashes exactly as given, as data and never as SQL', async () => {
    const odd = `x'); drop table ${table}; --\\'`;
    expect((await claimsSeen(new ScopedDb(ds, scope({ trainerIds: [odd] })))).trainers).toBe(odd);
    expect(await ds.query(`select count(*)::int as n from ${table}`)).toEqual([{ n: 0 }]);
  });

  it('keeps the claims inside the transaction: the next use of the connection does not inherit them', async () => {
    await claimsSeen(new ScopedDb(ds, scope({ superAdmin: true })));
    // One pooled connection: this runs on the connection the unit of work above used.
    const [after] = (await ds.query(`select coalesce(current_setting('app.super_admin', true), '') as super_admin`)) as { super_admin: string }[];
    expect(after.super_admin).toBe('');
  });

  it('commits a unit of work whole, and rolls one back whole when it throws', async () => {
    const db = new ScopedDb(ds, scope());
    await db.run((em) => em.query(`insert into ${table} values (1), (2)`));
    await expect(
      db.run(async (em) => {
        await em.query(`insert into ${table} values (3)`);
        throw new Error('the unit of work failed after writing');
      }),
    ).rejects.toThrow('the unit of work failed after writing');
    expect(await ds.query(`select n from ${table} order by n`)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('runs a nested transaction inside a unit of work as a savepoint', async () => {
    const db = new ScopedDb(ds, scope());
    await ds.query(`delete from ${table}`);
    await db.run(async (em) => {
      await em.query(`insert into ${table} values (10)`);
      await em
        .transaction(async (inner) => {
          await inner.query(`insert into ${table} values (11)`);
          throw new Error('inner step failed');
        })
        .catch(() => undefined);
    });
    expect(await ds.query(`select n from ${table} order by n`)).toEqual([{ n: 10 }]);
  });
});
