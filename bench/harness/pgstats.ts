/**
 * What PostgreSQL did for the benchmark's database: transactions (`pg_stat_database`), statements
 * (`pg_stat_statements`, when the server preloads it) and the CPU time of the backends serving it.
 *
 * The monitor connects to the server's `postgres` database, so its own queries never count against
 * the benchmark's database.
 */
import { withDatabase } from '@fitflow/kit';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { sampleProcess } from './processes.js';

/**
 * How long to wait before reading `pg_stat_database` so that it holds every transaction run so far:
 * PostgreSQL 15+ backends flush their statistics at most once a second while busy and, once idle,
 * after up to 10 seconds (PGSTAT_IDLE_INTERVAL), so the counter lags.
 */
export const STATS_SETTLE_MS = 11_000;

export interface PgMonitor {
  /** Committed plus rolled-back transactions of the database so far. */
  transactions(): Promise<number>;
  /** Statements executed in the database so far (pg_stat_statements calls), or null ({@link statementsUnavailable}). */
  statements(): Promise<number | null>;
  /** Why statements are not counted, or null when they are. */
  statementsUnavailable: string | null;
  /** PIDs of the backends connected to the database now. */
  backendPids(): Promise<number[]>;
  close(): Promise<void>;
}

/**
 * Opens the monitor for `database` on the server of `serverUrl` (a superuser URL). Statements are
 * counted only when `pg_stat_statements` is in the server's `shared_preload_libraries`; the monitor
 * then creates the extension in the `postgres` database if needed (never changing the server's
 * settings).
 */
export async function openPgMonitor(serverUrl: string, database: string): Promise<PgMonitor> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  const preload = (await client.query<{ setting: string }>("select setting from pg_settings where name = 'shared_preload_libraries'")).rows[0]?.setting ?? '';
  let statementsUnavailable: string | null = null;
  if (!/\bpg_stat_statements\b/.test(preload)) {
    statementsUnavailable = 'pg_stat_statements is not in this server’s shared_preload_libraries (the benchmark does not change a server’s settings)';
  } else {
    try {
      await client.query('create extension if not exists pg_stat_statements');
    } catch (error) {
      statementsUnavailable = `pg_stat_statements cannot be created: ${(error as Error).message}`;
    }
  }
  return {
    statementsUnavailable,
    async transactions() {
      const { rows } = await client.query('select (xact_commit + xact_rollback)::bigint as n from pg_stat_database where datname = $1', [database]);
      return Number(rows[0]?.n ?? 0);
    },
    async statements() {
      if (statementsUnavailable) return null;
      const { rows } = await client.query(
        'select coalesce(sum(calls), 0)::bigint as n from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = $1',
        [database],
      );
      return Number(rows[0].n);
    },
    async backendPids() {
      const { rows } = await client.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
      return rows.map((row) => row.pid);
    },
    close: () => client.end(),
  };
}

/**
 * CPU ticks of the database's backends over a window: the set of backends is polled every second,
 * each backend counted from its first sample (from zero when it appeared after the window began: its
 * whole life is inside the window) to its last. A backend that ends loses at most its last second.
 */
export function backendCpu(monitor: PgMonitor, pollMs = 1_000) {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  let stopped = false;
  const poll = async (initial: boolean) => {
    for (const pid of await monitor.backendPids()) {
      const sample = sampleProcess(pid);
      if (!sample) continue;
      if (!first.has(pid)) first.set(pid, initial ? sample.cpuTicks : 0);
      last.set(pid, sample.cpuTicks);
    }
  };
  // A poll that fails (the monitor closed under it when the run is interrupted) ends the polling.
  const loop = (async () => {
    await poll(true);
    while (!stopped) {
      await sleep(pollMs);
      if (!stopped) await poll(false);
    }
  })().catch(() => undefined);
  return {
    /** Ends the window; resolves with the ticks used and the number of backends seen. */
    async stop(): Promise<{ ticks: number; backends: number }> {
      stopped = true;
      await loop;
      await poll(false).catch(() => undefined);
      let ticks = 0;
      for (const [pid, at] of last) ticks += at - (first.get(pid) ?? 0);
      return { ticks, backends: last.size };
    },
  };
}
