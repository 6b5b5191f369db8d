import { describe, expect, it } from 'vitest';
import type { LoadResult } from './load.js';
import { cpuTable, markdownTable, median, overheads, percentile, resultsTable, versusHive, type Row } from './report.js';

const load = (p50: number, extra: Partial<LoadResult> = {}): LoadResult => ({
  requests: 300,
  sent: 310,
  seconds: 10,
  requestsPerSecond: 30,
  p50,
  p99: p50 * 3,
  errors: 0,
  non2xx: 0,
  graphqlErrors: 0,
  ...extra,
});
const row = (setup: Row['setup'], p50: number, extra: Partial<Row> = {}): Row => ({
  operation: 'dashboard',
  setup,
  users: '4 users / 10 conn',
  connections: 10,
  load: load(p50),
  transactionsPerRequest: 7.5,
  statementsPerRequest: null,
  cpuSeconds: { gateway: 4.25, postgres: 9 },
  ...extra,
});

describe('percentile', () => {
  it('takes the nearest rank of sorted values', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([1, 2, 3], 0)).toBe(1);
  });

  it('is NaN for no values, shown as n/a', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(resultsTable([row('direct', Number.NaN)])).toContain('| n/a');
  });
});

describe('the report', () => {
  it('pads a Markdown table to its widest cells', () => {
    expect(markdownTable(['a', 'long header'], [['wide cell', 'x']])).toBe(
      ['| a         | long header |', '|-----------|-------------|', '| wide cell | x           |'].join('\n'),
    );
  });

  it('shows throughput, latency, every kind of error and database work per row, and why a row was skipped', () => {
    const table = resultsTable([
      row('gateway', 310.26, { load: load(310.26, { errors: 1, non2xx: 2, graphqlErrors: 3 }) }),
      row('floor', 0, { operation: 'monthEnd', load: null, skipped: 'no SQL floor' }),
    ]);
    const [, , gateway, floor] = table.split('\n');
    expect(gateway.split('|').map((cell) => cell.trim())).toEqual([
      '',
      'dashboard',
      'gateway',
      '4 users / 10 conn',
      '30.0',
      '310.3',
      '930.8',
      '6',
      '7.50',
      'n/a',
      '',
    ]);
    expect(floor).toContain('skipped: no SQL floor');
  });

  it('lists CPU seconds of every process seen, measured rows only', () => {
    const table = cpuTable([row('gateway', 300), row('hive', 200, { cpuSeconds: { hive: 3 } }), row('floor', 0, { load: null, skipped: 'x' })]);
    expect(table.split('\n')[0]).toMatch(/^\| operation \| setup +\| gateway \| postgres \| hive \|$/);
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toContain('| 4.3 ');
  });

  it('divides the gateway p50 by the direct p50 of the same operation and users', () => {
    const rows = [row('gateway', 300), row('direct', 100), row('gateway', 90, { users: '1 user / 10 conn' }), row('hive', 50)];
    expect(overheads(rows)).toEqual([{ operation: 'dashboard', users: '4 users / 10 conn', ratio: 3 }]);
  });

  it('takes medians over rounds: the gateway overhead, and the gateway against Hive with each round of its own', () => {
    const rps = (setup: Row['setup'], p50: number, requestsPerSecond: number) => row(setup, p50, { load: load(p50, { requestsPerSecond }) });
    const rows = [
      rps('gateway', 300, 30),
      rps('hive', 280, 40),
      rps('direct', 100, 60),
      rps('gateway', 200, 45),
      rps('hive', 250, 36),
      rps('direct', 120, 55),
      rps('gateway', 260, 33),
      rps('hive', 270, 33),
    ];
    expect(overheads(rows)).toEqual([{ operation: 'dashboard', users: '4 users / 10 conn', ratio: 260 / 110 }]);
    expect(versusHive(rows)).toEqual([
      { operation: 'dashboard', users: '4 users / 10 conn', gateway: 33, hive: 36, ratio: 33 / 36, rounds: [30 / 40, 45 / 36, 1] },
    ]);
  });
});

describe('median', () => {
  it('is the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
