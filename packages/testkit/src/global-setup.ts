import { ensureDatabase, startEmbeddedPostgres } from '@fitflow/devdb';
import { freePort, withDatabase, type SubgraphName } from '@fitflow/kit';
import { prepareDatabase } from '@fitflow/stack';
import { rmSync } from 'node:fs';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

export interface FitflowTestEnv {
  /** Superuser URL of this run's own database. */
  adminUrl: string;
  /** Each subgraph's owner role URL (what migrations and seeds use). */
  urls: Record<SubgraphName, string>;
  /** Each subgraph's runtime role URL (row-level security applies). */
  appUrls: Record<SubgraphName, string>;
  /** Reference time the demo tenant was built around (ISO). */
  now: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    fitflow: FitflowTestEnv;
  }
}

/**
 * Once per `vitest run`: a fresh database (on `DATABASE_URL`'s server, or an embedded PostgreSQL when
 * it is unset), migrated by every subgraph and loaded with the demo tenant. Dropped afterwards.
 */
export default async function setup(project: TestProject) {
  // One master key for the seed, the test workers (forked after this) and the in-process stack.
  process.env.MASTER_KEYS ??= JSON.stringify({ 'test-1': Buffer.alloc(32, 7).toString('base64') });
  process.env.ACTIVE_MASTER_KEY_ID ??= 'test-1';
  let serverUrl = process.env.DATABASE_URL;
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  const dataDir = `.data/pg-test-${process.pid}`;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres(dataDir, await freePort());
    serverUrl = embedded.adminUrl;
  }
  const database = `fitflow_test_${Date.now().toString(36)}_${process.pid}`;
  await ensureDatabase(serverUrl, database);
  const adminUrl = withDatabase(serverUrl, database);
  const now = new Date();
  const { urls } = await prepareDatabase({ adminUrl, seed: 'always', now });
  project.provide('fitflow', { adminUrl, urls: urls.owner, appUrls: urls.app, now: now.toISOString() });

  return async () => {
    const client = new pg.Client({ connectionString: withDatabase(serverUrl!, 'postgres') });
    await client.connect();
    await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
    await client.query(`drop database if exists "${database}"`);
    await client.end();
    if (embedded) {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(`${dataDir}.superuser`, { force: true });
    }
  };
}
