/**
 * The benchmark's database server, when it is the embedded one (no `DATABASE_URL`): its data directory
 * is the benchmark's own (.data/pg-bench, as bench/support.ts starts it), so the benchmark may preload
 * `pg_stat_statements` there — the embedded binaries ship the extension. A shared server given by
 * `DATABASE_URL` is never reconfigured.
 */
import { startEmbeddedPostgres } from '@fitflow/devdb';
import pg from 'pg';

/** bench/support.ts's embedded server: data directory and port. */
export const BENCH_EMBEDDED = { dataDir: '.data/pg-bench', port: 54398 } as const;

/**
 * Makes the benchmark's embedded server preload `pg_stat_statements` from its next start
 * (`alter system` on that server alone, then a stop: bench/support.ts starts it again).
 * @returns what was done, for the report.
 */
export async function preloadStatementsOnEmbedded(): Promise<string> {
  const embedded = await startEmbeddedPostgres(BENCH_EMBEDDED.dataDir, BENCH_EMBEDDED.port);
  const client = new pg.Client({ connectionString: embedded.adminUrl });
  try {
    await client.connect();
    const preload = (await client.query<{ setting: string }>("select setting from pg_settings where name = 'shared_preload_libraries'")).rows[0].setting;
    if (/\bpg_stat_statements\b/.test(preload)) return 'embedded server preloads pg_stat_statements';
    const available = (await client.query("select 1 from pg_available_extensions where name = 'pg_stat_statements'")).rowCount;
    if (!available) return 'the embedded binaries do not ship pg_stat_statements';
    await client.query("alter system set shared_preload_libraries = 'pg_stat_statements'");
    return 'embedded server set to preload pg_stat_statements (its own data directory, .data/pg-bench)';
  } finally {
    await client.end();
    await embedded.stop();
  }
}
