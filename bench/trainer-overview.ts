/**
 * Benchmark: the cross-subgraph TrainerOverview query (identity → studios → scheduling → clients)
 * through the real gateway and five real subgraphs over HTTP, on the demo tenant.
 *
 *   npm run bench                       # embedded PostgreSQL
 *   DATABASE_URL=postgres://… npm run bench
 *   BENCH_SECONDS=20 BENCH_CONCURRENCY=16 npm run bench
 *
 * Prints requests/second, latency percentiles and the SQL statements per request, with the machine.
 * Results go in bench/RESULTS.md by hand, with the date and the machine line.
 */
import { DEMO_PASSWORD } from '@fitflow/demo';
import { startInProcessStack } from '@fitflow/stack/inprocess';
import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import pg from 'pg';
import { benchDatabase, machine, percentiles } from './support.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
process.env.NODE_ENV = 'production';
// Throwaway data: a fresh master key for this run (production requires one to be configured).
process.env.MASTER_KEYS ??= JSON.stringify({ bench: randomBytes(32).toString('base64') });
process.env.ACTIVE_MASTER_KEY_ID ??= 'bench';
// Finance signs invoice PDF links with it, and production requires it to be configured.
process.env.INVOICE_LINK_KEY ??= randomBytes(32).toString('base64');

const QUERY = `{ me { trainer { contracts { studio { name } upcomingAppointments(first: 3) { edges { node { startTime
  participants { client { firstName latestSessionNote { assessment } } } } } } } } } }`;

const bench = await benchDatabase('overview', 'always');
const { adminUrl, urls } = bench;
const stack = await startInProcessStack({ urls: urls.app, log: pino({ level: 'silent' }) });

async function post(body: unknown, token?: string) {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

const login = await post({ query: `mutation { login(input: { email: "maya@fitflow.demo", password: "${DEMO_PASSWORD}" }) { accessToken } }` });
const token = login.data.login.accessToken as string;
const check = await post({ query: QUERY }, token);
if (check.errors) throw new Error(JSON.stringify(check.errors));

const statements = async () => {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  const { rows } = await c.query('select coalesce(sum(xact_commit + xact_rollback), 0)::bigint as n from pg_stat_database where datname = $1', [bench.name]);
  await c.end();
  return Number(rows[0].n);
};

const latencies: number[] = [];
const until = Date.now() + seconds * 1000;
const before = await statements();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (Date.now() < until) {
      const start = performance.now();
      const result = await post({ query: QUERY }, token);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      latencies.push(performance.now() - start);
    }
  }),
);
const transactions = (await statements()) - before;
console.log(`machine: ${machine()}`);
console.log(`TrainerOverview through the gateway: ${seconds}s, concurrency ${concurrency}`);
console.log(`  requests: ${latencies.length}  (${(latencies.length / seconds).toFixed(1)} req/s)`);
console.log(`  latency ms: ${percentiles(latencies)}`);
console.log(`  database transactions per request: ${(transactions / latencies.length).toFixed(1)}`);

await stack.stop();
await bench.drop();
