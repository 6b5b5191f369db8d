/**
 * Benchmark: `openSlots` at the scheduling subgraph — four weeks of a trainer who works at three
 * studios in two zones, with 10⁵ appointments in the database (the trainer's own years of history
 * and upcoming sessions at all three studios, and other trainers' calendars: bench/scale.ts).
 *
 *   npx tsx bench/open-slots.ts                       # embedded PostgreSQL
 *   DATABASE_URL=postgres://… npx tsx bench/open-slots.ts
 *   BENCH_REQUESTS=400 npx tsx bench/open-slots.ts
 *
 * A fresh database is migrated and seeded with the demo tenant (Maya with a third studio and daily
 * windows at all three), then filled with generated sessions (bench/scale.ts `scaleDemo`) and her
 * upcoming weeks; the five subgraphs and the gateway run in process (the gateway only signs Maya in). Requests go
 * straight to the scheduling subgraph over HTTP, one at a time, rotating the studio and the start
 * day; latency is measured at the client of the subgraph. Prints the machine, percentiles, the
 * number of slots returned, and the plan of the calendar read (`occupied`). Results go in
 * bench/RESULTS.md by hand.
 */
import { buildDemoTenant, DEMO_PASSWORD, demoId } from '@fitflow/demo';
import { startInProcessStack } from '@fitflow/stack/inprocess';
import { DateTime } from 'luxon';
import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import pg from 'pg';
import { scaleDemo } from './scale.js';
import { benchDatabase, machine, percentiles } from './support.js';

const requests = Number(process.env.BENCH_REQUESTS ?? 300);
const TOTAL_APPOINTMENTS = 100_000;
process.env.NODE_ENV = 'production';
process.env.MASTER_KEYS ??= JSON.stringify({ bench: randomBytes(32).toString('base64') });
process.env.ACTIVE_MASTER_KEY_ID ??= 'bench';
// Finance signs invoice PDF links with it, and production requires it to be configured.
process.env.INVOICE_LINK_KEY ??= randomBytes(32).toString('base64');

const started = performance.now();
const bench = await benchDatabase('slots', 'never');
const { adminUrl, urls } = bench;

const maya = demoId('trainer', 'maya');
const studios = { harbourfront: demoId('studio', 'harbourfront'), midtown: demoId('studio', 'midtown'), kits: demoId('studio', 'kits') };
const personal = demoId('class-type', 'maya', 'individual');
// Searches start five weeks from now: after the demo's own sessions, inside the generated ones.
const searchStart = DateTime.now().setZone('America/Toronto').startOf('week').plus({ weeks: 5 });
// Maya's upcoming weeks from the search start on: five sessions a day at the three studios.
const UPCOMING = 10 * 7 * 5;

// The demo tenant, with a third studio for Maya (Midtown, on her Harbourfront terms) and weekly
// windows every day at all three (in each studio's own time); her travel buffer is 45 minutes.
const base = buildDemoTenant();
const harbourfrontContract = base.contracts.find((c) => c.trainerId === maya && c.studioId === studios.harbourfront)!;
base.contracts.push({ ...harbourfrontContract, id: demoId('contract', 'maya', 'midtown'), studioId: studios.midtown });
const windows: [keyof typeof studios, string, string][] = [
  ['harbourfront', '06:00', '12:00'],
  ['midtown', '13:00', '20:00'],
  ['kits', '07:00', '19:00'],
];
for (const [studio, startTime, endTime] of windows) {
  for (let weekday = 1; weekday <= 7; weekday++) {
    base.availability.push({
      id: demoId('availability', 'bench', studio, String(weekday)),
      trainerId: maya,
      studioId: studios[studio],
      weekday,
      startTime,
      endTime,
      effectiveFrom: harbourfrontContract.startDate,
    });
  }
}
// Maya's years of history at her three studios and other trainers' calendars (bench/scale.ts), up to
// 10⁵ appointments with her upcoming weeks below.
const scaled = await scaleDemo(adminUrl, { appointments: TOTAL_APPOINTMENTS - UPCOMING, trainers: 0, base });

const db = new pg.Client({ connectionString: adminUrl });
await db.connect();
const upcoming = await db.query(
  `insert into scheduling.appointments (trainer_id, studio_id, class_type_id, start_time, end_time)
   select $1, (array[$2, $3, $4]::uuid[])[1 + (n % 5) % 3], $5, t, t + interval '1 hour'
     from generate_series(0, $7 - 1) n,
          lateral (select $6::timestamptz + (n / 5) * interval '1 day' + (array[13, 15, 18, 20, 23])[1 + n % 5] * interval '1 hour' as t) x`,
  [maya, studios.harbourfront, studios.midtown, studios.kits, personal, searchStart.toUTC().toISO(), UPCOMING],
);
await db.query('analyze scheduling.appointments');
const { rows: counted } = await db.query('select count(*)::int as n, count(*) filter (where trainer_id = $1)::int as maya from scheduling.appointments', [
  maya,
]);
console.log(
  `data: ${counted[0].n} appointments (${counted[0].maya} of Maya's: ${scaled.plan.historyPerSeededTrainer} past, ${upcoming.rowCount} upcoming; ` +
    `${scaled.plan.otherTrainers} other trainers), ready in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);

const stack = await startInProcessStack({ urls: urls.app, log: pino({ level: 'silent' }) });
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
const token = login.data.login.accessToken as string;

const QUERY = `query ($trainerId: ID!, $classTypeId: ID!, $from: DateTime!, $to: DateTime!, $studioId: ID!) {
  openSlots(trainerId: $trainerId, classTypeId: $classTypeId, from: $from, to: $to, studioId: $studioId) { startTime endTime timeZone localStart } }`;
const studioIds = Object.values(studios);
const variables = (i: number) => {
  const from = searchStart.plus({ days: i % 7 });
  return { trainerId: maya, classTypeId: personal, studioId: studioIds[i % 3], from: from.toUTC().toISO(), to: from.plus({ weeks: 4 }).toUTC().toISO() };
};
const slotCounts: number[] = [];
const ask = async (i: number) => {
  const result = await post(stack.subgraphUrls.scheduling, { query: QUERY, variables: variables(i) }, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data.openSlots.length as number;
};
for (let i = 0; i < 30; i++) await ask(i);

const latencies: number[] = [];
for (let i = 0; i < requests; i++) {
  const start = performance.now();
  slotCounts[i % 3] = await ask(i);
  latencies.push(performance.now() - start);
}

const occupiedPlan = await db.query(
  `explain (analyze, buffers, costs off)
   select a.id, a.start_time, a.end_time, a.studio_id, a.location_type, s.time_zone
     from scheduling.appointments a left join studios.studio_directory s on s.id = a.studio_id
    where a.trainer_id = $1 and a.status <> 'cancelled' and a.start_time < $3 and a.end_time > $2
    order by a.start_time, a.id`,
  [maya, searchStart.minus({ minutes: 45 }).toUTC().toISO(), searchStart.plus({ weeks: 4, hours: 2 }).toUTC().toISO()],
);

console.log(`machine: ${machine()}`);
console.log(`openSlots at the scheduling subgraph (HTTP, one request at a time): ${requests} requests, 4 weeks each, 3 studios in turn`);
console.log(`  slots returned: ${slotCounts.join(' / ')} (Harbourfront / Midtown / Kitsilano)`);
console.log(`  latency ms: ${percentiles(latencies)}`);
console.log('plan of the calendar read (AppointmentRepository.occupied):');
for (const row of occupiedPlan.rows) console.log(`  ${row['QUERY PLAN']}`);

await db.end();
await stack.stop();
await bench.drop();
