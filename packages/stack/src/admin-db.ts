import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from '@fitflow/devdb';
import { withDatabase } from '@fitflow/kit';
import { loadStackConfig, type StackConfig } from './config.js';

/** Name of the FitFlow database on an embedded server. */
export const EMBEDDED_DATABASE = 'fitflow';

/**
 * The admin URL of the FitFlow database: `DATABASE_URL` as given, or an embedded PostgreSQL (started
 * here, data under `EMBEDDED_PG_DIR`) with a `fitflow` database.
 */
export async function adminDatabase(config: StackConfig): Promise<{ adminUrl: string; embedded?: EmbeddedDatabase }> {
  if (config.DATABASE_URL) return { adminUrl: config.DATABASE_URL };
  const embedded = await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, config.EMBEDDED_PG_PORT);
  await ensureDatabase(embedded.adminUrl, EMBEDDED_DATABASE);
  return { adminUrl: withDatabase(embedded.adminUrl, EMBEDDED_DATABASE), embedded };
}

/**
 * Runs one command's `work` (`npm run seed`, `migrate`, `audit:verify`, `backup`, `restore`) on the
 * FitFlow database of this environment's settings ({@link adminDatabase}), then stops the embedded
 * server if it started one, whether `work` succeeded or not.
 * @throws ConfigError for invalid settings; whatever `work` throws.
 */
export async function withAdminDatabase<T>(work: (adminUrl: string) => Promise<T>): Promise<T> {
  const { adminUrl, embedded } = await adminDatabase(loadStackConfig());
  try {
    return await work(adminUrl);
  } finally {
    await embedded?.stop();
  }
}
