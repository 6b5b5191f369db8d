/**
 * Benchmark: `taxQuote` through the real gateway (and, for comparison, straight at the finance
 * subgraph), with a signed-in trainer's token — the web app's live preview.
 *
 *   npm run bench:tax-quote                       # embedded PostgreSQL
 *   DATABASE_URL=postgres://… npm run bench:tax-quote
 *   BENCH_REQUESTS=5000 BENCH_CONCURRENCY=8 npm run bench:tax-quote
 *
 * A fresh database seeded with the demo tenant; the five subgraphs and the gateway run in this
 * process, talking HTTP to each other (as in production); Maya signs in through the gateway. Two
 * quotes alternate: five lines in Ontario (HST 13 %), and five in British Columbia of which two are
 * goods (GST 5 % on all, PST 7 % on the goods: the supplier holds a BC PST number). Every answer is
 * checked. Measured, after 200 requests of warm-up: BENCH_REQUESTS one at a time through the gateway,
 * the same at the finance subgraph, then BENCH_REQUESTS through the gateway from BENCH_CONCURRENCY
 * callers at once. Latency is measured at the caller; also printed: the database transactions per
 * request (pg_stat_database, read 11 s after the step), and where one request's CPU time goes
 * (BENCH_PROFILED more requests under V8's CPU profiler, self time by package; the profile is written
 * to .data/bench/tax-quote-gateway.cpuprofile). Results go in bench/RESULTS.md by hand.
 */
import { DEMO_PASSWORD } from '@fitflow/demo';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import pg from 'pg';
import { selfTimeByPackage, type CpuProfile } from './cpu-profile.js';
import { benchDatabase, machine, percentiles } from './support.js';

const requests = Number(process.env.BENCH_REQUESTS ?? 3000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
const WARM_UP = 200;
process.env.NODE_ENV = 'production';
// Throwaway data: this run's own master key and link key (production requires both to be configured).
process.env.MASTER_KEYS ??= JSON.stringify({ bench: randomBytes(32).toString('base64') });
process.env.ACTIVE_MASTER_KEY_ID ??= 'bench';
process.env.INVOICE_LINK_KEY ??= randomBytes(32).toString('base64');
// Loaded only now: React (finance's PDFs) picks its production build by NODE_ENV when it is first loaded.
const { startInProcessStack } = await import('@fitflow/stack/inprocess');

const bench = await benchDatabase('tax_quote', 'always');
const stack = await startInProcessStack({ urls: bench.urls.app, log: pino({ level: 'silent' }) });

async function post(url: string, body: unknown, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}
const login = await post(stack.gatewayUrl, {
  query: `mutation { login(input: { email: "maya@fitflow.demo", password: "${DEMO_PASSWORD}" }) { accessToken } }`,
});
if (login.errors) throw new Error(JSON.stringify(login.errors));
const token = login.data.login.accessToken as string;

const QUERY = `query ($input: TaxQuoteInput!) { taxQuote(input: $input) {
  subtotal total taxes { tax jurisdiction rate base amount name } lineTaxes notices { code message } } }`;
const supplier = { gstHstNumber: '123456782 RT0001', qstNumber: null, pstNumbers: [{ province: 'BC', number: 'PST-1234-5678' }] };
const service = (amount: string, category: string) => ({ amount, kind: 'SERVICE', category });
const QUOTES = [
  {
    input: {
      supplier,
      placeOfSupply: 'ON',
      date: '2026-11-15',
      lines: [service('55.00', 'group'), service('55.00', 'group'), service('90.00', 'individual'), service('25.00', 'trial'), service('60.00', 'group')],
    },
    // 285.00 + HST 13 % 37.05
    expect: { subtotal: '285.00', total: '322.05', taxes: ['HST ON 37.05'] },
  },
  {
    input: {
      supplier,
      placeOfSupply: 'BC',
      date: '2026-11-15',
      lines: [
        service('55.00', 'group'),
        service('90.00', 'individual'),
        service('55.00', 'group'),
        { amount: '49.99', kind: 'GOODS', category: 'apparel' },
        { amount: '24.50', kind: 'GOODS', category: 'equipment' },
      ],
    },
    // 274.49 + GST 5 % 13.72 (13.7245) + PST 7 % on 74.49 5.21 (5.2143)
    expect: { subtotal: '274.49', total: '293.42', taxes: ['GST CA 13.72', 'PST BC 5.21'] },
  },
];

async function quote(url: string, i: number): Promise<number> {
  const { input, expect } = QUOTES[i % QUOTES.length];
  const start = performance.now();
  const result = await post(url, { query: QUERY, variables: { input } }, token);
  const ms = performance.now() - start;
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const q = result.data.taxQuote;
  const taxes = q.taxes.map((t: { tax: string; jurisdiction: string; amount: string }) => `${t.tax} ${t.jurisdiction} ${t.amount}`);
  if (q.subtotal !== expect.subtotal || q.total !== expect.total || JSON.stringify(taxes) !== JSON.stringify(expect.taxes)) {
    throw new Error(`quote ${i % QUOTES.length}: ${JSON.stringify(q)}`);
  }
  return ms;
}

const db = new pg.Client({ connectionString: bench.adminUrl });
await db.connect();
/** Transactions of the database so far; a backend may hold its counters up to 10 s (PostgreSQL 15), so wait first. */
const transactions = async () => {
  await sleep(11_000);
  const { rows } = await db.query('select (xact_commit + xact_rollback)::int as n from pg_stat_database where datname = current_database()');
  return rows[0].n as number;
};

async function measure(label: string, url: string, callers: number) {
  const before = await transactions();
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (next < requests) latencies.push(await quote(url, next++));
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const perRequest = ((await transactions()) - before - 1) / requests; // less the read that took `before`
  console.log(
    `  ${label}: ${requests} requests in ${seconds.toFixed(1)} s (${(requests / seconds).toFixed(0)} req/s); ms ${percentiles(latencies)}; ` +
      `database transactions per request ${perRequest.toFixed(3)}`,
  );
}

try {
  const [{ server_version: version }] = (await db.query('show server_version')).rows;
  console.log(`machine: ${machine()}, PostgreSQL ${version}`);
  console.log(
    `load average before the run (1/5/15 min): ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} — anything else on the machine shows here`,
  );
  console.log('taxQuote, Maya signed in; 5 lines in Ontario and 5 in British Columbia (2 of them goods) in turn; every answer checked');
  for (let i = 0; i < WARM_UP; i++) await quote(stack.gatewayUrl, i);
  for (let i = 0; i < WARM_UP; i++) await quote(stack.subgraphUrls.finance, i);
  await measure('gateway, one at a time', stack.gatewayUrl, 1);
  await measure('finance subgraph, one at a time', stack.subgraphUrls.finance, 1);
  await measure(`gateway, ${concurrency} at once`, stack.gatewayUrl, concurrency);

  // Where the time of one request goes: BENCH_PROFILED requests through the gateway, one at a time, under V8's CPU profiler (not counted).
  const profiled = Number(process.env.BENCH_PROFILED ?? 500);
  const inspector = new Session();
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.start');
  for (let i = 0; i < profiled; i++) await quote(stack.gatewayUrl, i);
  const profile = (await inspector.post('Profiler.stop')).profile as CpuProfile;
  inspector.disconnect();
  mkdirSync('.data/bench', { recursive: true });
  writeFileSync('.data/bench/tax-quote-gateway.cpuprofile', JSON.stringify(profile));
  const busy = selfTimeByPackage(profile).filter((r) => r.name !== '(idle)');
  const perRequest = (ms: number) => (ms / profiled).toFixed(2);
  console.log(
    `  profiled (${profiled} through the gateway, one at a time, not counted): CPU ${perRequest(busy.reduce((sum, r) => sum + r.ms, 0))} ms per request ` +
      '(the caller, the gateway and the finance subgraph share this process); by package, ms per request: ' +
      busy
        .slice(0, 12)
        .map((r) => `${r.name} ${perRequest(r.ms)}`)
        .join(', '),
  );
  console.log('  profile: .data/bench/tax-quote-gateway.cpuprofile');
} finally {
  // Also when a request fails: an embedded server left running would hold its port.
  await db.end();
  await stack.stop();
  await bench.drop();
}
