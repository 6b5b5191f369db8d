import { buildDemoTenant } from '@fitflow/demo';
import { withDatabase } from '@fitflow/kit';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyAuditChains } from './audit-verify.js';
import { BackupError, backupDatabase, checkToolVersion, restoreDatabase } from './backup.js';

/** docs/backups.md: a backup of this run's database (the demo tenant) restored into a fresh database. */
const ROOT = resolve(import.meta.dirname, '../../..');
const env = inject('fitflow');
const source = decodeURIComponent(new URL(env.adminUrl).pathname.slice(1));
const restoredName = `${source}_restored`;
const restoredUrl = withDatabase(env.adminUrl, restoredName);
const maya = buildDemoTenant(new Date(env.now)).users.find((u) => u.email === 'maya@fitflow.demo')!;
let dir: string;
let file: string;

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

async function chainsOf(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await verifyAuditChains(client)).map((r) => ({ chain: `${r.schema}.${r.table}`, rows: r.rows, head: r.head, break: r.break }));
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fitflow-backup-test-'));
  file = join(dir, 'fitflow.dump');
  // Some chained rows to carry over, written as the application writes them (runtime role).
  for (const row of [1, 2, 3]) {
    await query(
      env.appUrls.identity,
      `insert into identity.audit_log (user_id, action, table_name, record_id, new_values) values ($1, 'update', 'users', $1, jsonb_build_object('row', $2::int))`,
      [maya.id, row],
    );
  }
});

afterAll(async () => {
  await query(withDatabase(env.adminUrl, 'postgres'), 'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [
    restoredName,
  ]);
  await query(withDatabase(env.adminUrl, 'postgres'), `drop database if exists "${restoredName}"`);
  await rm(dir, { recursive: true, force: true });
});

describe('npm run backup and npm run restore', () => {
  it('backs up the database into one custom-format file and restores it into a fresh database: the demo tenant is there, owned and granted as before, and every chain verifies', async () => {
    const done = await backupDatabase(env.adminUrl, file);
    expect(done).toEqual({ file, bytes: expect.any(Number) });
    const head = Buffer.alloc(5);
    const handle = await open(file);
    await handle.read(head, 0, 5, 0);
    await handle.close();
    expect(head.toString('latin1')).toBe('PGDMP'); // pg_dump's custom format

    await restoreDatabase(restoredUrl, file);

    const mayaRow = 'select to_jsonb(u) as row from identity.users u where id = $1';
    const [[before], [after]] = [await query(env.adminUrl, mayaRow, [maya.id]), await query(restoredUrl, mayaRow, [maya.id])];
    expect(after).toBeDefined();
    expect(after).toEqual(before);
    const clients = 'select count(*)::int as n from clients.clients';
    const [[sourceClients], [restoredClients]] = [await query(env.adminUrl, clients), await query(restoredUrl, clients)];
    expect(restoredClients.n).toBeGreaterThan(0);
    expect(restoredClients).toEqual(sourceClients);
    // Owners and grants came back: the runtime role reads, under row-level security, what the owner owns.
    expect(
      await query(
        restoredUrl,
        `select tableowner, has_table_privilege('fitflow_clients_app', 'clients.clients', 'select') as app_reads,
                has_table_privilege('fitflow_clients_app', 'clients.audit_log', 'update') as app_updates_log
           from pg_tables where schemaname = 'clients' and tablename = 'clients'`,
      ),
    ).toEqual([{ tableowner: 'fitflow_clients', app_reads: true, app_updates_log: false }]);

    const [sourceChains, restoredChains] = [await chainsOf(env.adminUrl), await chainsOf(restoredUrl)];
    expect(restoredChains.filter((c) => c.break)).toEqual([]);
    expect(restoredChains).toEqual(sourceChains);
    expect(restoredChains.find((c) => c.chain === 'identity.audit_log')!.rows).toBeGreaterThanOrEqual(3);
    // The triggers came back too: the restored logs are append-only for their owner.
    const owner = new URL(env.urls.identity);
    owner.pathname = `/${restoredName}`;
    await expect(query(owner.toString(), 'delete from identity.audit_log')).rejects.toThrow('identity.audit_log is append-only: DELETE is refused.');
  });

  it('refuses to restore over a database that holds tables, and replaces FitFlow there when told to overwrite', async () => {
    await query(restoredUrl, `insert into identity.audit_log (user_id, action, table_name, record_id) values ($1, 'create', 'users', $1)`, [randomUUID()]);
    const count = 'select count(*)::int as n from identity.audit_log';
    const [written] = await query<{ n: number }>(restoredUrl, count);

    const refused = restoreDatabase(restoredUrl, file);
    await expect(refused).rejects.toBeInstanceOf(BackupError);
    await expect(refused).rejects.toThrow(new RegExp(`^Database "${restoredName}" already holds \\d+ tables; restore will not overwrite it`));
    expect(await query(restoredUrl, count)).toEqual([written]);

    await restoreDatabase(restoredUrl, file, { overwrite: true });
    expect(await query(restoredUrl, count)).toEqual([{ n: written.n - 1 }]);
  });

  it('audit:verify, run as a command on the restored database, exits 1 and names the row a superuser changed', async () => {
    const [target] = await query<{ id: string; chain_seq: string }>(
      restoredUrl,
      'select id, chain_seq from identity.audit_log order by chain_seq desc limit 1 offset 1',
    );
    await query(
      restoredUrl,
      `begin; set local session_replication_role = replica; update identity.audit_log set reason = 'rewritten' where id = '${target.id}'; commit;`,
    );

    const run = await new Promise<{ code: number | null; stdout: string }>((done) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', resolve(ROOT, 'packages/stack/src/audit-verify.ts')],
        { cwd: ROOT, env: { ...process.env, DATABASE_URL: restoredUrl } },
        (error, stdout) => done({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout }),
      ),
    );
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n');
    expect(lines.filter((l) => l.includes('BROKEN'))).toEqual([
      expect.stringMatching(new RegExp(`^identity\\.audit_log +\\d+ rows +BROKEN at position ${target.chain_seq}, row ${target.id} \\(content\\)`)),
    ]);
    expect(lines.filter((l) => / OK/.test(l))).toHaveLength(14);
    expect(lines.at(-1)).toBe('1 of 15 chains are broken.');
  });

  it('names both versions when the client tools are older than the server, and says when they are missing', async () => {
    const bin = join(dir, 'old-bin');
    await rm(bin, { recursive: true, force: true });
    await mkdir(bin);
    await writeFile(join(bin, 'pg_dump'), '#!/bin/sh\necho "pg_dump (PostgreSQL) 9.6.24"\n');
    await chmod(join(bin, 'pg_dump'), 0o755);
    const [{ v }] = await query<{ v: string }>(env.adminUrl, "select current_setting('server_version_num') as v");
    const server = Math.floor(Number(v) / 10000);
    await expect(checkToolVersion('pg_dump', env.adminUrl, { binDir: bin })).rejects.toThrow(
      `pg_dump is PostgreSQL 9 but the server is PostgreSQL ${server}: a client tool must be at least the server's major version.`,
    );
    await expect(backupDatabase(env.adminUrl, join(dir, 'never.dump'), { binDir: bin })).rejects.toBeInstanceOf(BackupError);
    await expect(checkToolVersion('pg_restore', env.adminUrl, { binDir: bin })).rejects.toThrow(`pg_restore was not found in ${bin}`);
  });
});
