/**
 * Benchmark: the trainer's week view — the web app's calendar query (`CalendarRouteQuery`, sent by
 * its persisted id as the built app does) — through the production gateway and the five subgraphs,
 * with 10⁴ and then 10⁶ appointments in the database (bench/scale.ts: the demo tenant, ten more
 * trainers like Maya, years of history, other trainers' calendars).
 *
 *   npm run bench:week                                  # 10⁴ then 10⁶, embedded PostgreSQL
 *   DATABASE_URL=postgres://… npm run bench:week
 *   npm run bench:week -- --scale 1e4,1e5,1e6           # any sizes, in order
 *   BENCH_REQUESTS=500 npm run bench:week -- --keep     # keep the databases (their names are printed)
 *
 * For each size: a fresh database, seeded and filled; a stack in process with `production: true`
 * (persisted operations only, subgraphs answer only the gateway); eleven trainers sign in. Then the
 * sizes are asked in turn, one request at a time (so the load of the machine weighs on each alike),
 * rotating the trainer and the week (this one, three ahead, four back: the weeks the demo's sessions
 * are in, so every size answers the same sessions); latency is measured at the client of the
 * gateway. Then one more request per size runs with the scheduling subgraph's statements
 * recorded, and each read is replayed as `EXPLAIN (ANALYZE, BUFFERS)` as the subgraph's runtime
 * role with the same claims and parameters. Prints the machine and load, percentiles, and the p50
 * ratio of the last size to the first. Results go in bench/RESULTS.md by hand.
 */
import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { DateTime } from 'luxon';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import pg from 'pg';
import { scaleDemo, type ScaledDemo } from './scale.js';
import { benchDatabase, machine, percentiles, type BenchDatabase } from './support.js';

process.env.NODE_ENV = 'production';
process.env.MASTER_KEYS ??= JSON.stringify({ bench: randomBytes(32).toString('base64') });
process.env.ACTIVE_MASTER_KEY_ID ??= 'bench';
// Finance signs invoice PDF links with it, and production requires it to be configured.
process.env.INVOICE_LINK_KEY ??= randomBytes(32).toString('base64');

const { values: flags } = parseArgs({
  options: { scale: { type: 'string', multiple: true }, keep: { type: 'boolean', default: false } },
});
const scales = (flags.scale ?? ['1e4,1e6']).flatMap((s) => s.split(',')).map(Number);
if (scales.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error(`--scale: whole numbers of appointments, e.g. 1e4,1e6 (got ${flags.scale})`);
const requests = Number(process.env.BENCH_REQUESTS ?? 300);
const WEEKS = [0, 1, 2, 3, -1, -2, -3, -4];

/** The web app's persisted operations by name (codegen's manifest: id → text). */
const manifest = JSON.parse(readFileSync(new URL('../web/src/__generated__/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;
const documentId = (name: string) => {
  const found = Object.entries(manifest).find(([, text]) => new RegExp(`(query|mutation) ${name}\\b`).test(text));
  if (!found) throw new Error(`${name} is not in the web app's persisted operations.`);
  return found[0];
};
const CALENDAR = documentId('CalendarRouteQuery');
const LOGIN = documentId('LoginRouteMutation');

/** The variables the calendar screen sends for the week `offset` weeks from this one, in the trainer's zone (web/src/lib/time.ts `coveringRange`). */
function weekVariables(offset: number, zone: string) {
  const monday = DateTime.now().setZone(zone).startOf('week').plus({ weeks: offset });
  return {
    from: `${monday.minus({ days: 1 }).toISODate()}T00:00:00.000Z`,
    to: `${monday.plus({ days: 6 + 2 }).toISODate()}T00:00:00.000Z`,
  };
}

/** Nearest-rank percentile `p` of `ms` (as bench/support.ts `percentiles`). */
const rank = (ms: readonly number[], p: number) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

interface Recorded {
  text: string;
  values: unknown[];
}

/**
 * Runs `work` with every statement sent by a pg client connected as `user` recorded, in order
 * (the in-process subgraphs share this process's `pg`).
 */
async function recordStatements(user: string, work: () => Promise<unknown>): Promise<Recorded[]> {
  const recorded: Recorded[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (this.user === user) {
      const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown];
      const text = typeof first === 'string' ? first : first.text;
      const values = (typeof first === 'string' ? second : first.values) ?? [];
      recorded.push({ text, values: Array.isArray(values) ? values : [] });
    }
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original;
  }
  return recorded;
}

/**
 * `EXPLAIN (ANALYZE, BUFFERS)` of each read in `statements`, replayed in one transaction (rolled
 * back) as the role of `url`, with the claims statements replayed as they were.
 */
async function explainAll(url: string, statements: Recorded[]): Promise<string[]> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const out: string[] = [];
  try {
    await db.query('begin');
    for (const { text, values } of statements) {
      const sql = text.trim();
      if (/^(start transaction|begin|commit|rollback)/i.test(sql)) continue;
      if (/set_config\(/i.test(sql)) {
        await db.query(sql, values);
        continue;
      }
      if (!/^(select|with)\b/i.test(sql)) {
        out.push(`(not replayed: ${sql.split(/\s+/).slice(0, 4).join(' ')} …)`);
        continue;
      }
      const { rows } = await db.query(`explain (analyze, buffers) ${sql}`, values);
      out.push(`statement: ${sql.replace(/\s+/g, ' ').slice(0, 160)}…`, `parameters: ${JSON.stringify(values).slice(0, 400)}`);
      out.push(...rows.map((r: Record<string, string>) => `  ${r['QUERY PLAN']}`));
    }
  } finally {
    await db.query('rollback').catch(() => undefined);
    await db.end();
  }
  return out;
}

interface Prepared {
  total: number;
  demo: ScaledDemo;
  bench: BenchDatabase;
  stack: InProcessStack;
  /** Asks the week view number `i` of the rotation (trainer and week). */
  ask(i: number): Promise<void>;
  /** Most sessions any trainer had in each week of {@link WEEKS}. */
  sessionsPerWeek: Map<number, number>;
  latencies: number[];
}

/** A fresh database of `total` appointments (bench/scale.ts), the stack on it, every trainer signed in. */
async function prepare(total: number): Promise<Prepared> {
  const label = total.toExponential().replace('+', '');
  const started = performance.now();
  const bench = await benchDatabase(`scale_${label}`, 'never');
  try {
    return await prepareOn(bench, total, started);
  } catch (error) {
    if (!flags.keep) await bench.drop();
    throw error;
  }
}

async function prepareOn(bench: BenchDatabase, total: number, started: number): Promise<Prepared> {
  const demo = await scaleDemo(bench.adminUrl, { appointments: total });
  const admin = new pg.Client({ connectionString: bench.adminUrl });
  await admin.connect();
  const { rows: mine } = await admin.query('select count(*)::int as n from scheduling.appointments where trainer_id = $1', [demo.users[0].trainerId]);
  await admin.end();
  console.log(
    `${total.toLocaleString('en-CA')} appointments: ${demo.tenant.trainers.length} seeded trainers, ${demo.plan.historyPerSeededTrainer} past sessions each before the demo's; ` +
      `${demo.plan.otherTrainers} other trainers, ${demo.plan.otherSessions} sessions; Maya: ${mine[0].n} — seeded in ${(demo.seedMs / 1000).toFixed(1)} s, ` +
      `filled in ${(demo.fillMs / 1000).toFixed(1)} s, ready in ${((performance.now() - started) / 1000).toFixed(0)} s${flags.keep ? `; database ${bench.name}` : ''}`,
  );
  const stack = await startInProcessStack({ urls: bench.urls.app, log: pino({ level: 'silent' }), production: true });
  const post = async (body: unknown, token?: string) => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as { data?: any; errors?: unknown[] };
    if (json.errors || !response.ok) throw new Error(`HTTP ${response.status}: ${JSON.stringify(json.errors ?? json)}`);
    return json.data;
  };
  const tokens: string[] = [];
  for (const user of demo.users) {
    tokens.push((await post({ documentId: LOGIN, variables: { input: { email: user.email, password: user.password } } })).login.accessToken as string);
  }
  const zone = demo.tenant.trainers.find((t) => t.id === demo.users[0].trainerId)!.timeZone;
  const sessionsPerWeek = new Map<number, number>();
  const ask = async (i: number) => {
    const week = WEEKS[i % WEEKS.length];
    const data = await post({ documentId: CALENDAR, variables: weekVariables(week, zone) }, tokens[Math.floor(i / WEEKS.length) % tokens.length]);
    if (data.me.trainer.appointments.pageInfo.hasNextPage) throw new Error('A week has more than 100 sessions: the benchmark expects one page.');
    sessionsPerWeek.set(week, Math.max(sessionsPerWeek.get(week) ?? 0, data.me.trainer.appointments.edges.length));
  };
  return { total, demo, bench, stack, ask, sessionsPerWeek, latencies: [] };
}

const prepared: Prepared[] = [];
try {
  for (const total of scales) prepared.push(await prepare(total));
  // Warm every stack up, then interleave the sizes request by request: a change of load on the
  // machine during the run weighs on every size alike.
  for (let i = 0; i < 40; i++) for (const p of prepared) await p.ask(i);
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  for (let i = 0; i < requests; i++) {
    for (const p of prepared) {
      const start = performance.now();
      await p.ask(i);
      p.latencies.push(performance.now() - start);
    }
  }
  const after = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

  for (const p of prepared) {
    const runtimeRole = decodeURIComponent(new URL(p.bench.urls.app.scheduling).username);
    const recorded = await recordStatements(runtimeRole, () => p.ask(0));
    console.log(
      `\n== ${p.total.toLocaleString('en-CA')} appointments: scheduling's statements for one week view (${recorded.length} sent as ${runtimeRole}); each read, replayed:`,
    );
    for (const line of await explainAll(p.bench.urls.app.scheduling, recorded)) console.log(`  ${line}`);
  }

  console.log(
    `\n== week view through the gateway, one request at a time, the sizes interleaved: ${requests} requests each, ${prepared[0].demo.users.length} trainers, weeks ${WEEKS.join(' ')}`,
  );
  console.log(`machine: ${machine()}; load average before the measured requests: ${load}; after: ${after}`);
  for (const p of prepared) {
    console.log(
      `  ${p.total.toLocaleString('en-CA')} appointments: ${percentiles(p.latencies)} ms; sessions per week (most of any trainer): ${WEEKS.map((w) => `${w}: ${p.sessionsPerWeek.get(w)}`).join(', ')}`,
    );
  }
  if (prepared.length > 1) {
    const [first, last] = [prepared[0], prepared[prepared.length - 1]];
    const ratio = rank(last.latencies, 50) / rank(first.latencies, 50);
    console.log(`  p50 ratio ${last.total.toLocaleString('en-CA')} / ${first.total.toLocaleString('en-CA')}: ${ratio.toFixed(2)}× (target ≤ 1.3×)`);
  }
} finally {
  for (const p of prepared) {
    await p.stack.stop();
    if (!flags.keep) await p.bench.drop();
  }
}
