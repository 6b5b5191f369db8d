import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded.js';
import { freePort } from '@fitflow/kit';

/** Whether `password` opens the embedded server's superuser account. */
async function opens(port: number, password: string): Promise<boolean> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// Under /tmp (world-traversable), as initdb runs as `postgres` when the tests run as root.
const parent = mkdtempSync(join(tmpdir(), 'fitflow-embedded-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('the embedded PostgreSQL superuser', () => {
  it('gets a generated password kept owner-only beside the data, and the well-known one is refused', async () => {
    const dir = join(parent, 'fresh');
    const port = await freePort();
    const server = await startEmbeddedPostgres(dir, port);
    try {
      const file = `${dir}.superuser`;
      const password = readFileSync(file, 'utf8').trim();
      expect(password).toMatch(/^[\w-]{43}$/);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(server.adminUrl).toContain(encodeURIComponent(password));
      expect(await opens(port, password)).toBe(true);
      expect(await opens(port, 'postgres')).toBe(false);
    } finally {
      await server.stop();
    }
  }, 120_000);

  it("replaces a data directory's old well-known password on its next start", async () => {
    const dir = join(parent, 'legacy');
    const port = await freePort();
    // A data directory as FitFlow made them before: superuser password `postgres`, no password file.
    const first = await startEmbeddedPostgres(dir, port);
    const client = new pg.Client({ connectionString: first.adminUrl });
    await client.connect();
    await client.query(`alter user postgres with password 'postgres'`);
    await client.end();
    await first.stop();
    rmSync(`${dir}.superuser`);

    const again = await startEmbeddedPostgres(dir, port);
    try {
      expect(existsSync(`${dir}.superuser`)).toBe(true);
      expect(await opens(port, 'postgres')).toBe(false);
      expect(await opens(port, readFileSync(`${dir}.superuser`, 'utf8').trim())).toBe(true);
    } finally {
      await again.stop();
    }
  }, 120_000);
});
