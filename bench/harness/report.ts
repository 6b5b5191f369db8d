/**
 * What a run reports: one row per operation and setup, as a table on stdout and as JSON in
 * bench/results/<date>-<commit>.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoadResult } from './load.js';

/** The value at percentile `p` (0–100) of ascending `sorted` values, nearest rank; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Where a row's requests went. */
export type Setup = 'gateway' | 'hive' | 'direct' | 'floor';

/** One measured (or skipped) operation × setup. */
export interface Row {
  operation: string;
  setup: Setup;
  /** Who sends: "4 users / 10 connections", "1 user / 10 connections". */
  users: string;
  connections: number;
  /** Null when the row was skipped. */
  load: LoadResult | null;
  /** Why the row was skipped. */
  skipped?: string;
  /** PostgreSQL transactions of the bench database per request (pg_stat_database). */
  transactionsPerRequest: number | null;
  /** Statements per request (pg_stat_statements calls), null when it is not available. */
  statementsPerRequest: number | null;
  /** CPU seconds per process during the row (warm-up included). */
  cpuSeconds: Record<string, number>;
  note?: string;
}

const fixed = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(digits);

/** A Markdown table with columns padded to their widest cell. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => (cell ?? '').padEnd(widths[i])).join(' | ')} |`;
  return [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** The main table: throughput, latency, errors and database work per row. */
export function resultsTable(rows: readonly Row[]): string {
  return markdownTable(
    ['operation', 'setup', 'users', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'xact/req', 'stmt/req'],
    rows.map((row) =>
      row.load
        ? [
            row.operation,
            row.setup,
            row.users,
            fixed(row.load.requestsPerSecond, 1),
            fixed(row.load.p50, 1),
            fixed(row.load.p99, 1),
            String(row.load.errors + row.load.non2xx + row.load.graphqlErrors),
            fixed(row.transactionsPerRequest, 2),
            fixed(row.statementsPerRequest, 2),
          ]
        : [row.operation, row.setup, row.users, `skipped: ${row.skipped ?? ''}`, '', '', '', '', ''],
    ),
  );
}

/** CPU seconds of each process per row (columns: every process any row measured, in first-seen order). */
export function cpuTable(rows: readonly Row[]): string {
  const names = [...new Set(rows.flatMap((row) => Object.keys(row.cpuSeconds)))];
  return markdownTable(
    ['operation', 'setup', ...names],
    rows.filter((row) => row.load).map((row) => [row.operation, row.setup, ...names.map((name) => fixed(row.cpuSeconds[name], 1))]),
  );
}

/**
 * Gateway overhead per operation: the gateway's p50 over the direct replay's p50 of the same
 * operation and users (the target is ≤ 2), for every operation with both rows.
 */
export function overheads(rows: readonly Row[]): { operation: string; users: string; ratio: number }[] {
  return rows.flatMap((row) => {
    if (row.setup !== 'gateway' || !row.load) return [];
    const direct = rows.find((other) => other.setup === 'direct' && other.operation === row.operation && other.users === row.users && other.load);
    return direct ? [{ operation: row.operation, users: row.users, ratio: row.load.p50 / direct.load!.p50 }] : [];
  });
}

/** The current commit's short hash, with `+dirty` when the work tree has changes; `unknown` outside git. */
export function commitOf(cwd: string): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd }).toString().trim();
    return dirty ? `${hash}+dirty` : hash;
  } catch {
    return 'unknown';
  }
}

/** Writes `result` to `<dir>/<YYYY-MM-DD>-<commit>.json` (a second run the same day overwrites it) and returns the path. */
export function writeJson(dir: string, date: Date, commit: string, result: unknown): string {
  mkdirSync(dir, { recursive: true });
  const path = resolve(dir, `${date.toISOString().slice(0, 10)}-${commit.replace(/[^\w.-]/g, '_')}.json`);
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  return path;
}
