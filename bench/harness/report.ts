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

/** The median of `values` (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The measured rows of one setup for one operation and user mode (one per round). */
const rowsOf = (rows: readonly Row[], setup: Setup, operation: string, users: string) =>
  rows.filter((row) => row.setup === setup && row.operation === operation && row.users === users && row.load);

/** The operation and user modes FitFlow's gateway was measured in, once each, in order. */
function gatewayCases(rows: readonly Row[]): { operation: string; users: string }[] {
  const seen = new Map<string, { operation: string; users: string }>();
  for (const row of rows) if (row.setup === 'gateway' && row.load) seen.set(`${row.operation}\n${row.users}`, { operation: row.operation, users: row.users });
  return [...seen.values()];
}

/**
 * Gateway overhead per operation and user mode: the median p50 through FitFlow's gateway over the
 * median p50 of the plan's direct fetches (the target is ≤ 2×), over every round measured.
 */
export function overheads(rows: readonly Row[]): { operation: string; users: string; ratio: number }[] {
  return gatewayCases(rows).flatMap(({ operation, users }) => {
    const direct = rowsOf(rows, 'direct', operation, users);
    if (!direct.length) return [];
    const gateway = rowsOf(rows, 'gateway', operation, users);
    return [{ operation, users, ratio: median(gateway.map((r) => r.load!.p50)) / median(direct.map((r) => r.load!.p50)) }];
  });
}

/**
 * FitFlow's gateway against Hive Gateway per operation and user mode: the median req/s of each over
 * every round, their ratio (the target is ≥ 1.0×), and each round's own ratio (rows measured one after
 * the other, so a round's pair shares the machine's state more closely than the medians do).
 */
export function versusHive(rows: readonly Row[]): { operation: string; users: string; gateway: number; hive: number; ratio: number; rounds: number[] }[] {
  return gatewayCases(rows).flatMap(({ operation, users }) => {
    const gateway = rowsOf(rows, 'gateway', operation, users).map((r) => r.load!.requestsPerSecond);
    const hive = rowsOf(rows, 'hive', operation, users).map((r) => r.load!.requestsPerSecond);
    if (!hive.length) return [];
    const rounds = gateway.slice(0, hive.length).map((rps, i) => rps / hive[i]);
    return [{ operation, users, gateway: median(gateway), hive: median(hive), ratio: median(gateway) / median(hive), rounds }];
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
