import { bootstrapDatabase, ensureDatabase } from '@fitflow/devdb';
import { ConfigError, SUBGRAPHS, withDatabase } from '@fitflow/kit';
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import pg from 'pg';
import { withAdminDatabase } from './admin-db.js';

const run = promisify(execFile);

/** A backup or restore that cannot be done as asked; the message says what to do instead. */
export class BackupError extends Error {}

/** Which PostgreSQL client tools to run: `pg_dump` / `pg_restore` on `PATH`, or in `binDir`. */
export interface ToolOptions {
  /** Directory holding `pg_dump` and `pg_restore` (default: found on `PATH`). */
  binDir?: string;
}

const toolPath = (tool: 'pg_dump' | 'pg_restore', options: ToolOptions) => (options.binDir ? join(options.binDir, tool) : tool);

/**
 * The connection string a client tool gets on its command line (no password: process lists show
 * arguments) and the environment carrying the password (`PGPASSWORD`).
 */
function toolConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Runs a client tool; its stderr becomes the error's message (PostgreSQL's own words, no password). */
async function runTool(tool: 'pg_dump' | 'pg_restore', args: string[], options: ToolOptions, env?: NodeJS.ProcessEnv): Promise<string> {
  try {
    const { stdout } = await run(toolPath(tool, options), args, { env, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') {
      throw new BackupError(
        `${tool} was not found${options.binDir ? ` in ${options.binDir}` : ' on PATH'}: install the PostgreSQL client tools (e.g. apt install postgresql-client).`,
      );
    }
    throw new BackupError(`${tool} failed: ${(e.stderr ?? e.message).trim()}`);
  }
}

/** The major version of a client tool (`pg_dump (PostgreSQL) 15.20` → 15). */
export async function toolMajorVersion(tool: 'pg_dump' | 'pg_restore', options: ToolOptions = {}): Promise<number> {
  const out = await runTool(tool, ['--version'], options);
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(out);
  if (!match) throw new BackupError(`Cannot read ${tool}'s version from "${out.trim()}".`);
  return Number(match[1]);
}

/** The server's major version (`server_version_num` 150020 → 15). */
async function serverMajorVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("select current_setting('server_version_num') as v");
    const major = Math.floor(Number(rows[0].v) / 10000);
    if (!Number.isInteger(major) || major <= 0) throw new BackupError(`Cannot read the server's version ("${rows[0].v}").`);
    return major;
  } finally {
    await client.end();
  }
}

/**
 * Checks that `tool` can work with the server at `url`: PostgreSQL's client tools read and write only
 * servers of their own major version or older.
 *
 * @throws BackupError naming both versions when the tool is older than the server, or when it is missing
 */
export async function checkToolVersion(tool: 'pg_dump' | 'pg_restore', url: string, options: ToolOptions = {}): Promise<void> {
  const [client, server] = await Promise.all([toolMajorVersion(tool, options), serverMajorVersion(url)]);
  if (client < server) {
    throw new BackupError(
      `${tool} is PostgreSQL ${client} but the server is PostgreSQL ${server}: a client tool must be at least the server's major version. ` +
        `Install the PostgreSQL ${server} client tools (e.g. apt install postgresql-client-${server}) and point --pg-bin at their directory.`,
    );
  }
}

/** `backups/fitflow-<UTC timestamp>.dump`, e.g. `backups/fitflow-20261202T034146Z.dump` (relative to the working directory). */
export function defaultBackupFile(now = new Date()): string {
  return join(
    'backups',
    `fitflow-${now
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z')}.dump`,
  );
}

/**
 * Backs up the whole database at `url` into one file in pg_dump's custom format (`-Fc`: compressed,
 * restorable table by table with `pg_restore`). Written to `<file>.partial` and renamed when complete,
 * so a file without that suffix is always a finished dump. Roles are cluster-wide and not in the dump
 * (docs/backups.md).
 *
 * @param url a superuser (or database owner) URL of the FitFlow database
 * @returns the file written and its size in bytes
 * @throws BackupError when pg_dump is missing, older than the server, or fails
 */
export async function backupDatabase(url: string, file: string, options: ToolOptions = {}): Promise<{ file: string; bytes: number }> {
  await checkToolVersion('pg_dump', url, options);
  const target = resolve(file);
  await mkdir(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  const { dbname, env } = toolConnection(url);
  try {
    await runTool('pg_dump', ['--format=custom', `--file=${partial}`, `--dbname=${dbname}`], options, env);
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { file: target, bytes: (await stat(target)).size };
}

/** How many tables (any schema but PostgreSQL's own) the database at `url` holds. */
async function tableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_class c join pg_namespace s on s.oid = c.relnamespace
        where c.relkind in ('r', 'p') and s.nspname not in ('pg_catalog', 'information_schema') and s.nspname not like 'pg_toast%'`,
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

export interface RestoreOptions extends ToolOptions {
  /** Replace what the database holds: FitFlow's schemas are dropped first. Default false: a database with tables is refused. */
  overwrite?: boolean;
}

/**
 * Restores a dump made by {@link backupDatabase} into the database at `url` (created when missing).
 *
 * 1. Refuses a database that already holds tables, unless `overwrite` (then FitFlow's five schemas are
 *    dropped first; stop the services before).
 * 2. Runs the bootstrap step (`bootstrapDatabase`): the roles, which are cluster-wide and so not in a
 *    dump, are created when missing (existing roles and their passwords are left alone), and each
 *    schema is created owned by its role.
 * 3. Runs `pg_restore` in one transaction, stopping at the first error (all or nothing), with every
 *    object's owner and grants as dumped; the schemas the bootstrap made are skipped.
 *
 * @param url a superuser URL of the target database
 * @throws BackupError when the file is missing, the database is not empty (without `overwrite`), the
 *   client tools are missing or older than the server, or pg_restore fails (nothing is restored then)
 */
export async function restoreDatabase(url: string, file: string, options: RestoreOptions = {}): Promise<{ tables: number }> {
  const source = resolve(file);
  if (!(await stat(source).catch(() => null))?.isFile()) throw new BackupError(`${file} is not a file.`);
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  await ensureDatabase(url, database);
  await checkToolVersion('pg_restore', url, options);
  const existing = await tableCount(url);
  if (existing && !options.overwrite) {
    throw new BackupError(
      `Database "${database}" already holds ${existing} tables; restore will not overwrite it. Restore into a new database (--database <name>), or pass --overwrite to replace FitFlow's schemas.`,
    );
  }
  if (existing) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(SUBGRAPHS.map((s) => `drop schema if exists ${s} cascade;`).join('\n'));
    } finally {
      await client.end();
    }
  }
  await bootstrapDatabase(url);
  const list = await runTool('pg_restore', ['--list', source], options);
  const ours = new RegExp(`^\\d+; \\d+ \\d+ SCHEMA - (${SUBGRAPHS.join('|')}) `);
  const dir = await mkdtemp(join(tmpdir(), 'fitflow-restore-'));
  try {
    const listFile = join(dir, 'toc.list');
    await writeFile(
      listFile,
      list
        .split('\n')
        .map((line) => (ours.test(line) ? `;${line}` : line))
        .join('\n'),
    );
    const { dbname, env } = toolConnection(url);
    await runTool('pg_restore', ['--exit-on-error', '--single-transaction', `--use-list=${listFile}`, `--dbname=${dbname}`, source], options, env);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { tables: await tableCount(url) };
}

const USAGE = `Usage:
  npm run backup [-- <file>] [--pg-bin <dir>]
      pg_dump of the FitFlow database (DATABASE_URL, or the embedded one) into <file>
      (default backups/fitflow-<UTC timestamp>.dump)
  npm run restore -- <file> [--database <name>] [--overwrite] [--pg-bin <dir>]
      restores <file> into DATABASE_URL's database, or the database <name> on the same server
      (created when missing); refuses a database that holds tables unless --overwrite`;

/** `npm run backup` / `npm run restore`: see {@link USAGE}. */
async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { database: { type: 'string' }, overwrite: { type: 'boolean', default: false }, 'pg-bin': { type: 'string' }, help: { type: 'boolean' } },
  });
  const [command, file, ...extra] = positionals;
  if (values.help || extra.length || (command !== 'backup' && command !== 'restore') || (command === 'restore' && !file)) {
    console.error(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const tools = { binDir: values['pg-bin'] };
  await withAdminDatabase(async (adminUrl) => {
    if (command === 'backup') {
      const done = await backupDatabase(adminUrl, file ?? defaultBackupFile(), tools);
      console.log(`Backup written: ${done.file} (${(done.bytes / 1024 / 1024).toFixed(1)} MiB).`);
    } else {
      const url = values.database ? withDatabase(adminUrl, values.database) : adminUrl;
      const done = await restoreDatabase(url, file!, { ...tools, overwrite: values.overwrite });
      console.log(`Restored ${file} into "${decodeURIComponent(new URL(url).pathname.slice(1))}" (${done.tables} tables). Check it: npm run audit:verify.`);
    }
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof BackupError || error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
