import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from '@fitflow/devdb';
import { withDatabase } from '@fitflow/kit';
import type { StackConfig } from './config.js';

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
