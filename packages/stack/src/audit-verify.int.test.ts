import {
  auditTablesSql,
  canonicalLogContent,
  logChainDownSql,
  logChainSql,
  refusalLogTableSql,
  createDataSource,
  createLogger,
  logRowHash,
  recordAccess,
  recordAudit,
  systemContext,
  type SecurityLogTable,
  type SubgraphName,
} from '@fitflow/kit';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ALL_CHAINS, verifyAuditChains, type LogChain } from './audit-verify.js';

/**
 * The security logs (docs/security.md, "Audit trail"): rows are chained as the application writes
 * them, nobody may change or remove one, and a superuser who does so anyway is caught by
 * `audit:verify` at the row they touched.
 */
const env = inject('fitflow');
const ctx = { ...systemContext('audit-chain-test', createLogger('audit-chain-test', 'silent')), ip: '192.0.2.7' };
const STUDIOS_AUDIT: LogChain = { schema: 'studios', table: 'audit_log' };

let admin: pg.Client;
let studiosApp: DataSource;
const clients: pg.Client[] = [];

/** A connection closed after the file (`keep`), or by the caller. */
async function connect(url: string, keep = true): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  if (keep) clients.push(client);
  return client;
}

beforeAll(async () => {
  admin = await connect(env.adminUrl);
  studiosApp = createDataSource({ url: env.appUrls.studios, schema: 'studios', entities: [], migrations: [], poolSize: 2 });
  await studiosApp.initialize();
});
afterAll(async () => {
  await studiosApp?.destroy();
  await Promise.all(clients.map((c) => c.end()));
});

/** One row of `table` in `schema`, inserted by `client` the way the application does (no chain columns given). */
function insertOne(client: pg.ClientBase, schema: SubgraphName, table: SecurityLogTable) {
  const sql = {
    audit_log: `insert into ${schema}.audit_log (user_id, action, table_name, record_id, new_values) values ($1, 'create', 'trainers', $1, '{"test": true}')`,
    access_log: `insert into ${schema}.access_log (user_id, resource_type, resource_id, action, purpose) values ($1, 'client', $1, 'view', 'treatment')`,
    refusal_log: `insert into ${schema}.refusal_log (kind, user_id, resource_type, resource_id) values ('not_found', $1, 'Client', $1)`,
  }[table];
  return client.query<{ id: string }>(`${sql} returning id`, [randomUUID()]);
}

/** Inserts one row of `table` and answers its id. */
const insertedId = async (client: pg.ClientBase, schema: SubgraphName, table: SecurityLogTable) => (await insertOne(client, schema, table)).rows[0].id;

/** Waits until the backend `pid` waits for a lock (a row lock, or an advisory lock). */
async function blockedOnLock(pid: number) {
  for (let i = 0; i < 200; i++) {
    const { rows } = await admin.query<{ wait: string | null }>('select wait_event_type as wait from pg_stat_activity where pid = $1', [pid]);
    if (rows[0]?.wait === 'Lock') return;
    await new Promise((done) => setTimeout(done, 10));
  }
  throw new Error(`backend ${pid} never waited for a lock`);
}
const pidOf = async (client: pg.ClientBase) => (await client.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0].pid;

interface Link {
  chain_seq: string;
  id: string;
  prev_hash: Buffer;
  row_hash: Buffer;
}
const linksAfter = async (chain: LogChain, after: number): Promise<Link[]> =>
  (
    await admin.query<Link>(`select chain_seq::text, id, prev_hash, row_hash from ${chain.schema}.${chain.table} where chain_seq > $1 order by chain_seq`, [
      after,
    ])
  ).rows;
const headOf = async (chain: LogChain): Promise<number> =>
  Number((await admin.query<{ n: string }>(`select coalesce(max(chain_seq), 0) as n from ${chain.schema}.${chain.table}`)).rows[0].n);

describe('the security logs are hash-chained', () => {
  it('chains what the runtime role writes through kit recordAudit and recordAccess, in order, whatever chain values the writer sends', async () => {
    const access: LogChain = { schema: 'studios', table: 'access_log' };
    const [auditHead, accessHead] = [await headOf(STUDIOS_AUDIT), await headOf(access)];
    await studiosApp.transaction(async (em) => {
      for (const n of [1, 2, 3]) {
        await recordAudit(em, ctx, 'studios', { action: 'update', table: 'trainers', recordId: randomUUID(), newValues: { n, note: 'é "quoted"' } });
      }
      await recordAccess(em, ctx, 'studios', { resourceType: 'trainer', resourceIds: [randomUUID(), randomUUID(), randomUUID()], purpose: 'operations' });
    });
    const forged = await connect(env.appUrls.studios);
    await forged.query(
      `insert into studios.audit_log (user_id, action, table_name, record_id, chain_seq, prev_hash, row_hash) values ($1, 'create', 'trainers', $1, 1, '\\x00', '\\x01')`,
      [randomUUID()],
    );

    for (const [chain, head, written] of [
      [STUDIOS_AUDIT, auditHead, 4],
      [access, accessHead, 3],
    ] as const) {
      const links = await linksAfter(chain, head);
      expect(links.map((l) => Number(l.chain_seq))).toEqual(Array.from({ length: written }, (_, i) => head + 1 + i));
      for (let i = 1; i < links.length; i++) expect(links[i].prev_hash.equals(links[i - 1].row_hash)).toBe(true);
    }
    // The hash is SHA-256(prev_hash ‖ canonical content), recomputed here from the row as PostgreSQL prints it.
    await admin.query(`set TimeZone = 'UTC'; set DateStyle = 'ISO, YMD'`);
    const [row] = (
      await admin.query({
        text: `select * from studios.audit_log where chain_seq = $1`,
        values: [auditHead + 1],
        types: { getTypeParser: () => (v: string) => v } as unknown as pg.CustomTypesConfig,
      })
    ).rows as Record<string, string | null>[];
    expect(row).toMatchObject({ user_agent: 'fitflow-audit-chain-test', ip_address: '192.0.2.7', new_values: '{"n": 1, "note": "é \\"quoted\\""}' });
    const expected = logRowHash(Buffer.from(row.prev_hash!.slice(2), 'hex'), canonicalLogContent('audit_log', row));
    expect(row.row_hash).toBe(`\\x${expected.toString('hex')}`);

    const reports = await verifyAuditChains(admin, { chains: [STUDIOS_AUDIT, access], pageSize: 2 });
    expect(reports.map((r) => [r.break, r.rows, r.head?.position])).toEqual([
      [null, auditHead + 4, auditHead + 4],
      [null, accessHead + 3, accessHead + 3],
    ]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE on every log of every schema: to the runtime role (no privilege) and to the owner (triggers)', async () => {
    for (const { schema, table } of ALL_CHAINS) {
      const [app, owner] = [await connect(env.appUrls[schema], false), await connect(env.urls[schema], false)];
      const name = `${schema}.${table}`;
      try {
        await insertOne(app, schema, table);
        await expect(app.query(`update ${name} set user_id = user_id`), name).rejects.toThrow(/permission denied/);
        await expect(app.query(`delete from ${name}`), name).rejects.toThrow(/permission denied/);
        await expect(app.query(`truncate ${name}`), name).rejects.toThrow(/permission denied/);
        await expect(owner.query(`update ${name} set user_id = user_id`), name).rejects.toThrow(`${name} is append-only: UPDATE is refused.`);
        await expect(owner.query(`delete from ${name}`), name).rejects.toThrow(`${name} is append-only: DELETE is refused.`);
        await expect(owner.query(`truncate ${name}`), name).rejects.toThrow(`${name} is append-only: TRUNCATE is refused.`);
      } finally {
        await Promise.all([app.end(), owner.end()]);
      }
    }
    const reports = await verifyAuditChains(admin);
    expect(reports.filter((r) => r.break)).toEqual([]);
    expect(reports.every((r) => r.rows > 0)).toBe(true);
  });

  it('keeps the chain whole when several connections write at once, their transactions writing two logs in opposite orders', async () => {
    const chains: LogChain[] = [
      { schema: 'scheduling', table: 'audit_log' },
      { schema: 'scheduling', table: 'access_log' },
    ];
    const heads = await Promise.all(chains.map(headOf));
    const writers = await Promise.all(Array.from({ length: 6 }, () => connect(env.appUrls.scheduling)));
    await Promise.all(
      writers.map(async (writer, w) => {
        for (let t = 0; t < 8; t++) {
          // Half the transactions write access_log before audit_log, half after: one lock per schema, so no deadlock at commit.
          const [first, last]: SecurityLogTable[] = (w + t) % 2 ? ['access_log', 'audit_log'] : ['audit_log', 'access_log'];
          await writer.query('begin');
          await insertOne(writer, 'scheduling', first);
          await insertOne(writer, 'scheduling', 'audit_log');
          await insertOne(writer, 'scheduling', last);
          await writer.query('commit');
        }
      }),
    );
    const reports = await verifyAuditChains(admin, { chains });
    expect(reports.map((r) => [r.break, r.rows])).toEqual([
      [null, heads[0] + 6 * 8 * 2],
      [null, heads[1] + 6 * 8],
    ]);
  });
});

describe('rows are chained when their transaction commits', () => {
  it('lets transactions that interleave row updates and log rows in opposite orders both commit, one waiting for the other (no deadlock)', async () => {
    const scratch = 'chain_interleave_test';
    await admin.query(`drop schema if exists ${scratch} cascade; create schema ${scratch};
      create table ${scratch}.counter (id int primary key, n int not null); insert into ${scratch}.counter values (1, 0);
      grant usage on schema ${scratch} to fitflow_studios_app; grant select, update on ${scratch}.counter to fitflow_studios_app`);
    const [t1, t2] = [await connect(env.appUrls.studios, false), await connect(env.appUrls.studios, false)];
    try {
      const [head, t1Pid] = [await headOf(STUDIOS_AUDIT), await pidOf(t1)];
      // T1 logs first and then updates the row; T2 updates the row first and then logs.
      await t1.query('begin');
      const first = await insertedId(t1, 'studios', 'audit_log');
      await t2.query('begin');
      await t2.query(`update ${scratch}.counter set n = n + 1 where id = 1`);
      const t1Update = t1.query(`update ${scratch}.counter set n = n + 1 where id = 1`);
      const t1Commit = t1.query('commit');
      await blockedOnLock(t1Pid);
      const t2Work = (async () => {
        const second = await insertedId(t2, 'studios', 'audit_log');
        await t2.query('commit');
        return second;
      })();
      const outcomes = await Promise.allSettled([t1Update, t1Commit, t2Work]);
      expect(outcomes.filter((o) => o.status === 'rejected').map((o) => String((o as PromiseRejectedResult).reason))).toEqual([]);
      const second = (outcomes[2] as PromiseFulfilledResult<string>).value;

      expect((await admin.query(`select n from ${scratch}.counter`)).rows).toEqual([{ n: 2 }]);
      // T2 committed first: its row comes first in the chain, although T1 wrote its row earlier.
      expect((await linksAfter(STUDIOS_AUDIT, head)).map((l) => [Number(l.chain_seq), l.id])).toEqual([
        [head + 1, second],
        [head + 2, first],
      ]);
      expect((await verifyAuditChains(admin, { chains: [STUDIOS_AUDIT] }))[0].break).toBeNull();
    } finally {
      await Promise.all([t1.end(), t2.end()]);
      await admin.query(`drop schema if exists ${scratch} cascade`);
    }
  });

  it("chains in commit order, a transaction's rows in their insert order, and leaves no gap for a rolled-back row", async () => {
    const chain: LogChain = { schema: 'clients', table: 'access_log' };
    const [t1, t2, t3] = await Promise.all([1, 2, 3].map(() => connect(env.appUrls.clients, false)));
    try {
      const head = await headOf(chain);
      await Promise.all([t1, t2, t3].map((t) => t.query('begin')));
      const a1 = await insertedId(t1, 'clients', 'access_log');
      const rolledBack = await insertedId(t3, 'clients', 'access_log');
      const b = await insertedId(t2, 'clients', 'access_log');
      const a2 = await insertedId(t1, 'clients', 'access_log');
      // Uncommitted rows are not in the chain yet (nobody else sees them; their writer sees them unchained).
      expect((await t1.query(`select count(*)::int as n from clients.access_log where chain_seq is null`)).rows).toEqual([{ n: 2 }]);
      await t3.query('rollback');
      await t2.query('commit');
      await t1.query('commit');

      const links = await linksAfter(chain, head);
      expect(links.map((l) => [Number(l.chain_seq), l.id])).toEqual([
        [head + 1, b],
        [head + 2, a1],
        [head + 3, a2],
      ]);
      expect(links.some((l) => l.id === rolledBack)).toBe(false);
      expect((await admin.query('select count(*)::int as n from clients.access_log where chain_seq is null')).rows).toEqual([{ n: 0 }]);
      const [report] = await verifyAuditChains(admin, { chains: [chain] });
      expect([report.break, report.rows]).toEqual([null, head + 3]);
    } finally {
      await Promise.all([t1, t2, t3].map((t) => t.end()));
    }
  });

  it('refuses the owner any change of the chain columns, with or without the chaining flag', async () => {
    const owner = await connect(env.urls.studios);
    const refused = 'studios.audit_log is append-only: UPDATE is refused.';
    const flagOn = `select set_config('fitflow.log_chaining', 'on', true)`;
    const [chained] = await linksAfter(STUDIOS_AUDIT, (await headOf(STUDIOS_AUDIT)) - 1);
    const inTransaction = async (work: () => Promise<unknown>) => {
      await owner.query('begin');
      try {
        return await work();
      } finally {
        await owner.query('rollback');
      }
    };

    await expect(owner.query(`update studios.audit_log set chain_seq = chain_seq where id = $1`, [chained.id])).rejects.toThrow(refused);
    // The flag alone does not open a chained row: its chain columns are already set.
    await expect(
      inTransaction(async () => {
        await owner.query(flagOn);
        await owner.query(`update studios.audit_log set row_hash = prev_hash where id = $1`, [chained.id]);
      }),
    ).rejects.toThrow(refused);
    await expect(
      inTransaction(async () => {
        await owner.query(flagOn);
        await owner.query(`update studios.audit_log set reason = 'edited' where id = $1`, [chained.id]);
      }),
    ).rejects.toThrow(refused);
    // Nor a row of its own transaction, not chained yet: another column changing is refused…
    await expect(
      inTransaction(async () => {
        const id = await insertedId(owner, 'studios', 'audit_log');
        await owner.query(flagOn);
        await owner.query(`update studios.audit_log set chain_seq = 1, prev_hash = $2, row_hash = $2, reason = 'edited' where id = $1`, [id, Buffer.alloc(32)]);
      }),
    ).rejects.toThrow(refused);
    // …and chain values forged into it make the commit fail: the chaining at commit is refused too.
    const head = await headOf(STUDIOS_AUDIT);
    await owner.query('begin');
    const forged = await insertedId(owner, 'studios', 'audit_log');
    await owner.query(flagOn);
    await owner.query(`update studios.audit_log set chain_seq = 1000000, prev_hash = $2, row_hash = $2 where id = $1`, [forged, Buffer.alloc(32)]);
    await expect(owner.query('commit')).rejects.toThrow(refused);
    expect(await headOf(STUDIOS_AUDIT)).toBe(head);
    expect((await admin.query('select count(*)::int as n from studios.audit_log where id = $1', [forged])).rows).toEqual([{ n: 0 }]);
  });
});

describe('a superuser who turns the triggers off and rewrites the log is caught by audit:verify', () => {
  /** Runs `tamper` in a transaction of `client` with triggers off, verifies there, and rolls back. */
  async function tampered(client: pg.Client, tamper: (middle: Link) => Promise<void>, triggersOff = 'set local session_replication_role = replica') {
    const head = await headOf(STUDIOS_AUDIT);
    expect(head).toBeGreaterThanOrEqual(3);
    const [middle] = await linksAfter(STUDIOS_AUDIT, head - 2);
    await client.query('begin');
    try {
      await client.query(triggersOff);
      await tamper(middle);
      const [report] = await verifyAuditChains(client, { chains: [STUDIOS_AUDIT] });
      return { middle: { ...middle, position: Number(middle.chain_seq) }, report };
    } finally {
      await client.query('rollback');
    }
  }

  it('a changed value: broken at exactly that row (its content no longer matches its hash)', async () => {
    const { middle, report } = await tampered(admin, (m) => admin.query(`update studios.audit_log set reason = 'edited' where id = $1`, [m.id]).then(() => {}));
    expect(report.break).toMatchObject({ kind: 'content', position: middle.position, rowId: middle.id });
    expect(report.rows).toBe(middle.position - 1);
    expect((await verifyAuditChains(admin, { chains: [STUDIOS_AUDIT] }))[0].break).toBeNull();
  });

  it('a changed value with its hash recomputed: broken at the next row, whose link no longer matches', async () => {
    const { middle, report } = await tampered(admin, async (m) => {
      await admin.query(`update studios.audit_log set user_agent = 'someone else' where id = $1`, [m.id]);
      await admin.query(`set TimeZone = 'UTC'; set DateStyle = 'ISO, YMD'`);
      const { rows } = await admin.query({
        text: 'select * from studios.audit_log where id = $1',
        values: [m.id],
        types: { getTypeParser: () => (v: string) => v } as unknown as pg.CustomTypesConfig,
      });
      const rehashed = logRowHash(m.prev_hash, canonicalLogContent('audit_log', rows[0] as Record<string, string | null>));
      await admin.query('update studios.audit_log set row_hash = $2 where id = $1', [m.id, rehashed]);
    });
    expect(report.break).toMatchObject({ kind: 'link', position: middle.position + 1 });
  });

  it('a deleted row in the middle: broken at that position, the chain going on after the gap', async () => {
    const { middle, report } = await tampered(admin, (m) => admin.query('delete from studios.audit_log where id = $1', [m.id]).then(() => {}));
    expect(report.break).toMatchObject({ kind: 'missing', position: middle.position });
    expect(report.break!.detail).toContain(`row ${middle.position} is missing`);
  });

  it('a row inserted with the triggers off and no chain values: reported as unchained', async () => {
    let unchainedId = '';
    const { report } = await tampered(admin, async () => {
      const [{ id }] = (
        await admin.query<{ id: string }>(
          `insert into studios.audit_log (user_id, action, table_name, record_id) values ($1, 'create', 'trainers', $1) returning id`,
          [randomUUID()],
        )
      ).rows;
      unchainedId = id;
    });
    expect(report.break).toMatchObject({ kind: 'unchained', position: null, rowId: unchainedId });
    expect(report.break!.detail).toMatch(/^1 row has no chain values/);
    expect(report.rows).toBe(await headOf(STUDIOS_AUDIT));
  });

  it('the schema owner disabling its triggers and changing a row: broken at that row', async () => {
    const owner = await connect(env.urls.studios);
    const { middle, report } = await tampered(
      owner,
      (m) => owner.query(`update studios.audit_log set action = 'delete' where id = $1`, [m.id]).then(() => {}),
      'alter table studios.audit_log disable trigger refuse_change',
    );
    expect(report.break).toMatchObject({ kind: 'content', position: middle.position, rowId: middle.id });
  });
});

describe('a database that already holds log rows', () => {
  it('has them chained by the migration in order of created_at and id, and its down() removes the chain and keeps the rows', async () => {
    const scratch = 'chain_migration_test';
    const chain = { schema: scratch, table: 'audit_log' } as unknown as LogChain;
    const app = 'fitflow_studios_app';
    await admin.query(`drop schema if exists ${scratch} cascade; create schema ${scratch}`);
    try {
      await admin.query(auditTablesSql(scratch, app) + refusalLogTableSql(scratch, app));
      // Written out of order: the chain follows created_at (then id), not the order of insertion.
      for (const minutesAgo of [5, 30, 10, 20]) {
        await admin.query(
          `insert into ${scratch}.audit_log (user_id, action, table_name, record_id, created_at) values ($1, 'create', 'clients', $1, now() - make_interval(mins => $2))`,
          [randomUUID(), minutesAgo],
        );
      }
      await admin.query(logChainSql(scratch));
      const order = await admin.query<{ chain_seq: string; minutes: number }>(
        `select chain_seq::text, round(extract(epoch from now() - created_at) / 60)::int as minutes from ${scratch}.audit_log order by chain_seq`,
      );
      expect(order.rows.map((r) => [Number(r.chain_seq), r.minutes])).toEqual([
        [1, 30],
        [2, 20],
        [3, 10],
        [4, 5],
      ]);
      const [report] = await verifyAuditChains(admin, { chains: [chain] });
      expect([report.break, report.rows]).toEqual([null, 4]);
      await expect(admin.query(`delete from ${scratch}.audit_log`)).rejects.toThrow(`${scratch}.audit_log is append-only: DELETE is refused.`);

      await admin.query(logChainDownSql(scratch));
      const columns = await admin.query<{ name: string }>(
        `select column_name as name from information_schema.columns where table_schema = $1 and table_name = 'audit_log' and column_name like '%hash'`,
        [scratch],
      );
      expect(columns.rows).toEqual([]);
      expect((await admin.query(`delete from ${scratch}.audit_log`)).rowCount).toBe(4);
    } finally {
      await admin.query(`drop schema if exists ${scratch} cascade`);
    }
  });
});
