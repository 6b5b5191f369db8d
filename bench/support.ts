/**
 * What every benchmark in bench/ needs around its measurement: a fresh database of its own (on
 * `DATABASE_URL`'s server, or an embedded PostgreSQL without one), migrated and optionally seeded,
 * dropped afterwards; the machine line for bench/RESULTS.md; latency percentiles.
 */
import { ensureDatabase, startEmbeddedPostgres } from '@fitflow/devdb';
import { withDatabase } from '@fitflow/kit';
import { prepareDatabase, type PreparedDatabase } from '@fitflow/stack';
import { cpus, totalmem } from 'node:os';
import pg from 'pg';

export interface BenchDatabase {
  /** The database's name (for `pg_stat_database`). */
  name: string;
  /** Superuser URL of the benchmark's own database. */
  adminUrl: string;
  /** Each subgraph's owner and runtime role URLs (as `prepareDatabase` returns them). */
  urls: PreparedDatabase['urls'];
  /** Drops the database and stops the embedded server, if one was started. */
  drop(): Promise<void>;
}

/**
 * A fresh database `fitflow_bench_<name>_<pid>`, migrated, and seeded with the demo tenant when `seed`
 * is `always`.
 */
export async function benchDatabase(name: string, seed: 'always' | 'never'): Promise<BenchDatabase> {
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres('.data/pg-bench', 54398);
  const server = process.env.DATABASE_URL ?? embedded!.adminUrl;
  const database = `fitflow_bench_${name}_${process.pid}`;
  await ensureDatabase(server, database);
  const adminUrl = withDatabase(server, database);
  const { urls } = await prepareDatabase({ adminUrl, seed });
  return {
    name: database,
    adminUrl,
    urls,
    async drop() {
      const admin = new pg.Client({ connectionString: withDatabase(server, 'postgres') });
      await admin.connect();
      await admin.query(`drop database "${database}" with (force)`);
      await admin.end();
      await embedded?.stop();
    },
  };
}

/** The machine, as bench/RESULTS.md records it: cores × model, memory (GiB), Node version. */
export const machine = (): string => `${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

/** "p50 …  p95 …  p99 …  max …" of latencies in milliseconds (nearest rank, one decimal). */
export function percentiles(milliseconds: readonly number[]): string {
  const sorted = [...milliseconds].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(1);
  return `p50 ${at(50)}  p95 ${at(95)}  p99 ${at(99)}  max ${sorted[sorted.length - 1].toFixed(1)}`;
}
