/**
 * Benchmark: month-end for one trainer at three studios — `generateStudioInvoices` for last month's
 * 500 completed sessions, then `issueInvoice` for each draft it made (which numbers it, computes its
 * taxes, renders its PDF and stores it, all in one transaction) — at the finance subgraph over HTTP
 * (runtime role, pool of 5 as in production; the gateway is not in the path).
 *
 *   npm run bench:month-end                       # embedded PostgreSQL
 *   DATABASE_URL=postgres://… npm run bench:month-end
 *   BENCH_ROUNDS=7 BENCH_SESSIONS=500 npm run bench:month-end
 *
 * Fixtures, inserted through the owners of the published source tables (not through the API): three
 * studios (Toronto, ON: HST; Montréal, QC: GST + QST, the PDF in French; Vancouver, BC: GST), and per
 * round a fresh trainer — registered for GST/HST, QST and BC PST, with an address — whose contracts at
 * the three studios each have two rate periods (the rates change on the 16th of the month) and an
 * attendee bonus above 6, her class types, and BENCH_SESSIONS completed sessions of last month
 * (bench/month-end.plan.ts) with their participants. A fresh trainer per round means nothing is billed
 * yet, and her invoice numbers start at 0001.
 *
 * Each round times the generation, each issue (one after the other, as a person clicks), and their
 * sum; one warm-up round comes first and is printed but not counted. For the generation it counts the
 * statements and transactions the finance subgraph sent (its TypeORM logger) and the time spent
 * waiting for them. A last round, not counted, runs under V8's CPU profiler and prints self time by
 * package for each step (the issue step's profile is written to .data/bench/month-end-issue.cpuprofile:
 * open it in Chrome DevTools or speedscope), its slowest statements, and what the server counted for
 * the generation: pg_stat_statements' calls when the server preloads it, otherwise the delta of
 * pg_stat_database's transactions (with the sessions opened and autovacuum runs in the same window,
 * which it also counts). Results go in bench/RESULTS.md by hand.
 */
import { createTokenVerifier, openDatabase, QueryCounter, signAccessToken } from '@fitflow/kit';
import { generateKeyPair } from 'jose';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import pg from 'pg';
import type { EntitySubscriberInterface } from 'typeorm';
import { selfTimeByPackage, type CpuProfile } from './cpu-profile.js';
import { planMonth, previousMonth } from './month-end.plan.js';
import { benchDatabase, machine } from './support.js';

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const sessionCount = Number(process.env.BENCH_SESSIONS ?? 500);
const POOL_SIZE = 5;
const ISSUER = 'fitflow-bench';
const AUDIENCE = 'fitflow-api';
process.env.NODE_ENV = 'production';
// Throwaway data: this run's own master key and link key (production requires both to be configured).
process.env.MASTER_KEYS ??= JSON.stringify({ bench: randomBytes(32).toString('base64') });
process.env.ACTIVE_MASTER_KEY_ID ??= 'bench';
process.env.INVOICE_LINK_KEY ??= randomBytes(32).toString('base64');
// Loaded only now: React picks its production build by NODE_ENV when it is first loaded.
const { entities } = await import('@fitflow/finance/entities');
const { buildFinanceServer } = await import('@fitflow/finance/server');

/**
 * Packages that make the PDF (@react-pdf/renderer and what it lays out and writes with). `wasm` is
 * counted with them: yoga-layout's WebAssembly (the only other WebAssembly, Node's HTTP parser, parses
 * three responses here).
 */
const PDF_PACKAGES =
  /^(@react-pdf\/|wasm$|pdfkit$|fontkit$|yoga-layout$|restructure$|linebreak$|unicode-|hyphen$|brotli$|pako$|fflate$|jay-peg$|png-js$|crypto-js$|bidi-js$|emoji-regex|dfa$|tiny-inflate$|react-reconciler$|scheduler$|react$)/;

const bench = await benchDatabase('month_end', 'never');
const { adminUrl, urls } = bench;
const { month, periodStart, periodEnd } = previousMonth(new Date(), 'America/Toronto');
const plan = planMonth(month, sessionCount);

// Statements go through one client per fixture step, as the owner of each schema.
const sql = async <T = any>(url: string, text: string, values: unknown[] = []): Promise<T[]> => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, values)).rows as T[];
  } finally {
    await c.end();
  }
};

// The three studios, standalone (each bills for itself).
const STUDIOS = [
  {
    name: 'Bench Studio Toronto',
    province: 'ON',
    city: 'Toronto',
    line1: '100 King St W',
    postal: 'M5X 1A9',
    zone: 'America/Toronto',
    net: 30,
    bn: '123456782 RT0001',
  },
  {
    name: 'Studio Banc Montréal',
    province: 'QC',
    city: 'Montréal',
    line1: '1000 rue Sherbrooke O',
    postal: 'H3A 3G4',
    zone: 'America/Toronto',
    net: 30,
    bn: null,
  },
  {
    name: 'Bench Studio Vancouver',
    province: 'BC',
    city: 'Vancouver',
    line1: '200 Burrard St',
    postal: 'V6C 3L6',
    zone: 'America/Vancouver',
    net: 15,
    bn: null,
  },
];
const studioIds = (
  await sql<{ id: string }>(
    urls.owner.studios,
    `insert into studios.studios (name, address, time_zone, payment_terms, business_number, is_headquarters)
     select s->>'name', jsonb_build_object('line1', s->>'line1', 'city', s->>'city', 'province', s->>'province', 'postal_code', s->>'postal'),
            s->>'zone', jsonb_build_object('net_days', (s->>'net')::int), s->>'bn', true
       from jsonb_array_elements($1::jsonb) with ordinality x(s, n) order by n returning id`,
    [JSON.stringify(STUDIOS)],
  )
).map((r) => r.id);

/** A fresh trainer with her contracts, rate periods, class types and last month's sessions; returns her id. */
async function freshTrainer(round: number): Promise<string> {
  const trainerId = randomUUID();
  await sql(
    urls.owner.studios,
    `insert into studios.trainers (id, first_name, last_name, business_name, gst_number, qst_number, pst_numbers, address, time_zone)
     values ($1, 'Bench', $2, 'Bench Fitness Inc.', '123456782 RT0001', '1234567890 TQ0001', '{"BC": "PST-1234-5678"}',
             '{"line1": "1 Front St W", "city": "Toronto", "province": "ON", "postal_code": "M5J 2X5"}', 'America/Toronto')`,
    [trainerId, `Trainer ${round}`],
  );
  await sql(
    urls.owner.studios,
    `with contracts as (
       insert into studios.trainer_studios (trainer_id, studio_id, role, class_rates, start_date)
       select $1, s, 'contractor', '{}', date '2020-01-01' from unnest($2::uuid[]) s returning id)
     insert into studios.contract_rates (trainer_studio_id, effective_from, class_rates, attendee_bonus_threshold, attendee_bonus_rate)
     select c.id, p.effective_from, p.class_rates, 6, 5.00
       from contracts c,
            (values (date '2020-01-01', '{"group": "55.00", "individual": "90.00", "trial": "25.00"}'::jsonb),
                    ($3::date, '{"group": "60.00", "individual": "95.00", "trial": "30.00"}'::jsonb)) p(effective_from, class_rates)`,
    [trainerId, studioIds, `${month}-16`],
  );
  const types = await sql<{ id: string; category: string }>(
    urls.owner.scheduling,
    `insert into scheduling.class_types (trainer_id, name, category, duration_minutes, max_participants)
     values ($1, 'Small-group strength', 'group', 40, 12), ($1, 'Personal training', 'individual', 40, 1), ($1, 'Trial session', 'trial', 40, 1)
     returning id, category`,
    [trainerId],
  );
  const typeOf = new Map(types.map((t) => [t.category, t.id]));
  await sql(
    urls.owner.scheduling,
    `with sessions as (
       insert into scheduling.appointments (id, trainer_id, studio_id, class_type_id, start_time, end_time, status, completed_at)
       select id, $1, studio, class_type, start_time, end_time, 'completed', end_time
         from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::timestamptz[]) x(id, studio, class_type, start_time, end_time)
       returning id)
     insert into scheduling.appointment_participants (appointment_id, client_id, status, attended)
     select b.id, gen_random_uuid(), 'confirmed', k > b.absent
       from unnest($2::uuid[], $7::int[], $8::int[]) b(id, booked, absent), generate_series(1, b.booked) k`,
    [
      trainerId,
      plan.map(() => randomUUID()),
      plan.map((s) => studioIds[s.studio]),
      plan.map((s) => typeOf.get(s.category)),
      plan.map((s) => s.start.toISOString()),
      plan.map((s) => s.end.toISOString()),
      plan.map((s) => s.booked),
      plan.map((s) => s.absent),
    ],
  );
  return trainerId;
}

// The finance subgraph, listening, its statements counted and timed, with a verifier for this run's own key.
class Tally extends QueryCounter {
  /** Milliseconds each statement took, as the client saw it (TypeORM's `afterQuery`, whole milliseconds). */
  readonly timings: { ms: number; query: string }[] = [];
  override reset() {
    super.reset();
    this.timings.length = 0;
  }
  readonly subscriber: EntitySubscriberInterface = {
    afterQuery: (event) => {
      this.timings.push({ ms: event.executionTime ?? 0, query: event.query });
    },
  };
}
const tally = new Tally();
const { privateKey, publicKey } = await generateKeyPair('EdDSA');
const ds = await openDatabase({ url: urls.app.finance, schema: 'finance', entities, migrations: [], poolSize: POOL_SIZE, logger: tally });
ds.subscribers.push(tally.subscriber);
const finance = await buildFinanceServer({
  ds,
  verifier: createTokenVerifier({ getKey: publicKey, issuer: ISSUER, audience: AUDIENCE }),
  log: pino({ level: 'silent' }),
});
const { url, stop } = await finance.listen(0);

async function call(token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const GENERATE = `mutation ($s: LocalDate!, $e: LocalDate!) { generateStudioInvoices(periodStart: $s, periodEnd: $e) {
  invoicesCreated sessionsAdded skipped { reason } invoices { id studio { id } items { id } } } }`;
const ISSUE = 'mutation ($id: ID!) { issueInvoice(id: $id) { id invoiceNumber status language total } }';

// How the server counts the generation's work: pg_stat_statements when preloaded, else transactions.
const db = new pg.Client({ connectionString: adminUrl });
await db.connect();
const preload = (await db.query(`select setting from pg_settings where name = 'shared_preload_libraries'`)).rows[0].setting as string;
const statementsExtension = /\bpg_stat_statements\b/.test(preload);
if (statementsExtension) await db.query('create extension if not exists pg_stat_statements');
/**
 * A backend that flushed its counters less than a second ago flushes again only after 10 s idle
 * (PostgreSQL 15, pgstat_report_stat's PGSTAT_MIN_INTERVAL and PGSTAT_IDLE_INTERVAL): wait that long.
 */
const STATS_SETTLE_MS = 11_000;
const serverCount = {
  async read(): Promise<{ statements: number; transactions: number; sessions: number; maintenance: number }> {
    if (statementsExtension) {
      const { rows } = await db.query(
        `select coalesce(sum(calls), 0)::int as n from pg_stat_statements s join pg_roles r on r.oid = s.userid
          where s.dbid = (select oid from pg_database where datname = current_database()) and r.rolname = 'fitflow_finance_app'`,
      );
      return { statements: rows[0].n, transactions: 0, sessions: 0, maintenance: 0 };
    }
    const { rows } = await db.query(
      `select (xact_commit + xact_rollback)::int as transactions, sessions::int,
              (select coalesce(sum(autovacuum_count + autoanalyze_count), 0)::int from pg_stat_all_tables) as maintenance
         from pg_stat_database where datname = current_database()`,
    );
    return { statements: 0, ...rows[0] };
  },
  async before() {
    if (statementsExtension) {
      await db.query('select pg_stat_statements_reset()');
      return this.read();
    }
    await sleep(STATS_SETTLE_MS);
    return this.read();
  },
  /** What the server counted since `before`, in words. */
  async after(before: Awaited<ReturnType<typeof this.read>>): Promise<string> {
    if (statementsExtension) return `${(await this.read()).statements} statements of the finance runtime role (pg_stat_statements)`;
    await sleep(STATS_SETTLE_MS);
    const now = await this.read();
    // Less the read that took `before`, itself a transaction.
    return (
      `${now.transactions - before.transactions - 1} transactions in the database (pg_stat_database, read ${STATS_SETTLE_MS / 1000} s later), ` +
      `with ${now.sessions - before.sessions} sessions opened and ${now.maintenance - before.maintenance} autovacuum/autoanalyze runs in that time`
    );
  },
};

interface Round {
  generateMs: number;
  statements: number;
  transactions: number;
  /** Milliseconds the generation spent waiting for its statements, as the client saw them. */
  statementMs: number;
  /** The generation's statements that took longest. */
  slowest: { ms: number; query: string }[];
  /** What the server counted (see `serverCount`), when this round asked. */
  server: string | null;
  issueMs: number[];
  /** The three issues' statements, and the milliseconds spent waiting for them. */
  issueStatements: { count: number; ms: number };
  totalMs: number;
  documents: { language: string; bytes: number; pages: number; lines: number }[];
}

type Profile = (step: 'generate' | 'issue', work: () => Promise<void>) => Promise<void>;

async function round(n: number, options: { profile?: Profile; countOnServer?: boolean } = {}): Promise<Round> {
  const trainerId = await freshTrainer(n);
  await db.query('analyze scheduling.appointments; analyze scheduling.appointment_participants');
  const { token } = await signAccessToken(
    { privateKey, kid: 'bench' },
    { userId: randomUUID(), roles: [{ role: 'trainer', scopeId: trainerId }] },
    { issuer: ISSUER, audience: AUDIENCE, ttlSeconds: 3600 },
  );
  const run: Profile = options.profile ?? ((_step, work) => work());
  const before = options.countOnServer ? await serverCount.before() : null;
  tally.reset();
  let generated: any;
  let generateMs = 0;
  await run('generate', async () => {
    const started = performance.now();
    generated = (await call(token, GENERATE, { s: periodStart, e: periodEnd })).generateStudioInvoices;
    generateMs = performance.now() - started;
  });
  const { count: statements, transactions } = tally;
  const statementMs = tally.timings.reduce((sum, t) => sum + t.ms, 0);
  const slowest = [...tally.timings].sort((a, b) => b.ms - a.ms).slice(0, 5);
  const server = before ? await serverCount.after(before) : null;
  if (generated.invoicesCreated !== 3 || generated.sessionsAdded !== sessionCount || generated.skipped.length) {
    throw new Error(`round ${n}: expected 3 drafts of ${sessionCount} sessions, got ${JSON.stringify({ ...generated, invoices: generated.invoices.length })}`);
  }
  // Toronto, Montréal, Vancouver: the order the results print in.
  generated.invoices.sort((a: any, b: any) => studioIds.indexOf(a.studio.id) - studioIds.indexOf(b.studio.id));
  const issueMs: number[] = [];
  tally.reset();
  await run('issue', async () => {
    for (const invoice of generated.invoices) {
      const start = performance.now();
      const issued = (await call(token, ISSUE, { id: invoice.id })).issueInvoice;
      issueMs.push(performance.now() - start);
      if (issued.status !== 'ISSUED') throw new Error(`round ${n}: ${invoice.id} is ${issued.status}`);
    }
  });
  const totalMs = generateMs + issueMs.reduce((sum, ms) => sum + ms, 0);
  const issueStatements = { count: tally.count, ms: tally.timings.reduce((sum, t) => sum + t.ms, 0) };
  const { rows } = await db.query(
    `select d.language, d.byte_size, d.content, (select count(*) from finance.invoice_items i where i.invoice_id = d.invoice_id)::int as lines
       from finance.invoice_documents d where d.invoice_id = any($1::uuid[]) order by array_position($1::uuid[], d.invoice_id)`,
    [generated.invoices.map((i: { id: string }) => i.id)],
  );
  if (rows.length !== 3) throw new Error(`round ${n}: ${rows.length} stored documents`);
  const documents = rows.map((r) => ({
    language: r.language as string,
    bytes: Number(r.byte_size),
    pages: ((r.content as Buffer).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length,
    lines: r.lines as number,
  }));
  return { generateMs, statements, transactions, statementMs, slowest, server, issueMs, issueStatements, totalMs, documents };
}

const describe = (r: Round) =>
  `generate ${r.generateMs.toFixed(0)} ms (${r.statements} statements in ${r.transactions} transactions, ${r.statementMs} ms in them` +
  `), ` +
  `issue ${r.issueMs.map((ms) => ms.toFixed(0)).join(' / ')} ms (${r.issueStatements.count} statements, ${r.issueStatements.ms} ms in them), ` +
  `total ${r.totalMs.toFixed(0)} ms`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

try {
  const [{ server_version: version }] = await sql<{ server_version: string }>(adminUrl, 'show server_version');
  console.log(`machine: ${machine()}, PostgreSQL ${version}`);
  console.log(
    `load average before the run (1/5/15 min): ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')} — anything else on the machine shows here`,
  );
  console.log(
    `month-end at the finance subgraph over HTTP (runtime role, pool ${POOL_SIZE}): ${sessionCount} completed sessions in ${month} ` +
      `(${periodStart} – ${periodEnd}) at 3 studios, a fresh trainer per round`,
  );

  const warm = await round(0);
  console.log(`  warm-up: ${describe(warm)}`);
  console.log(
    `  documents: ${warm.documents.map((d) => `${d.lines} lines → ${d.pages} pages, ${(d.bytes / 1024).toFixed(0)} KiB (${d.language})`).join('; ')}`,
  );
  const measured: Round[] = [];
  for (let n = 1; n <= rounds; n++) {
    const r = await round(n);
    measured.push(r);
    console.log(`  round ${n}: ${describe(r)}`);
  }
  const issueOf = (i: number) => median(measured.map((r) => r.issueMs[i]));
  console.log(
    `  p50 of ${rounds} rounds: generate ${median(measured.map((r) => r.generateMs)).toFixed(0)} ms, ` +
      `issue ${[0, 1, 2].map((i) => issueOf(i).toFixed(0)).join(' / ')} ms (Toronto / Montréal / Vancouver), ` +
      `issue all ${median(measured.map((r) => r.issueMs.reduce((a, b) => a + b, 0))).toFixed(0)} ms, total ${median(measured.map((r) => r.totalMs)).toFixed(0)} ms`,
  );

  // One more round under the CPU profiler: where each step's time goes.
  const inspector = new Session();
  inspector.connect();
  await inspector.post('Profiler.enable');
  const profiles: Partial<Record<'generate' | 'issue', CpuProfile>> = {};
  const profiled = await round(rounds + 1, {
    countOnServer: true,
    profile: async (step, work) => {
      await inspector.post('Profiler.start');
      try {
        await work();
      } finally {
        profiles[step] = (await inspector.post('Profiler.stop')).profile as CpuProfile;
      }
    },
  });
  inspector.disconnect();
  console.log(`  profiled round (not counted): ${describe(profiled)}`);
  console.log(`  the server counted for its generation: ${profiled.server}`);
  console.log(
    `  its slowest statements in the generation: ${profiled.slowest.map((t) => `${t.ms} ms ${t.query.replace(/\s+/g, ' ').slice(0, 60)}…`).join(' | ')}`,
  );
  for (const step of ['generate', 'issue'] as const) {
    const rows = selfTimeByPackage(profiles[step]!);
    const busy = rows.filter((r) => r.name !== '(idle)');
    const pdf = busy.filter((r) => PDF_PACKAGES.test(r.name)).reduce((sum, r) => sum + r.ms, 0);
    const total = busy.reduce((sum, r) => sum + r.ms, 0);
    console.log(
      `  ${step}: CPU ${total.toFixed(0)} ms` +
        (step === 'issue' ? ` (PDF packages and WebAssembly ${pdf.toFixed(0)} ms)` : '') +
        `, idle ${(rows.find((r) => r.name === '(idle)')?.ms ?? 0).toFixed(0)} ms; self time by package: ` +
        busy
          .slice(0, 10)
          .map((r) => `${r.name} ${r.ms.toFixed(0)}`)
          .join(', '),
    );
  }
  mkdirSync('.data/bench', { recursive: true });
  writeFileSync('.data/bench/month-end-issue.cpuprofile', JSON.stringify(profiles.issue));
  console.log('  issue profile: .data/bench/month-end-issue.cpuprofile');
} finally {
  // Also when a round fails: an embedded server left running would hold its port.
  await db.end();
  await stop();
  await ds.destroy();
  await bench.drop();
}
