/**
 * Benchmark: `bookClient` at the scheduling subgraph (real HTTP, runtime role, connection pool of 5 as
 * in production), uncontended and under contention.
 *
 *   npx tsx bench/booking.ts                       # embedded PostgreSQL
 *   DATABASE_URL=postgres://… npx tsx bench/booking.ts
 *   BENCH_SEQUENTIAL=300 BENCH_ROUNDS=3 BENCH_CONCURRENT=200 npx tsx bench/booking.ts
 *
 * 1. Uncontended: BENCH_SEQUENTIAL bookings one after the other, each of another client into one
 *    500-place class (every one confirmed: the overlap check runs each time), after 20 for warm-up.
 * 2. Contended: BENCH_ROUNDS rounds of BENCH_CONCURRENT bookings sent at once into a 20-place class
 *    (a new session each round, on another day). Every booking waits for the session's row lock, so a
 *    round is as long as the bookings one after the other; each round is checked: exactly 20
 *    confirmed, the rest waitlisted with ranks 1..n.
 *
 * Fixtures: a made-up trainer with her class types, sessions in 2030 and clients inserted directly
 * (scheduling reads only clients' published directory: id, trainer, status). Prints latency
 * percentiles with the machine; results go in bench/RESULTS.md by hand.
 */
import { createTokenVerifier, openDatabase, signAccessToken } from '@fitflow/kit';
import { entities } from '@fitflow/scheduling/entities';
import { buildSchedulingServer } from '@fitflow/scheduling/server';
import { generateKeyPair } from 'jose';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { pino } from 'pino';
import pg from 'pg';
import { benchDatabase, machine, percentiles } from './support.js';

const sequential = Number(process.env.BENCH_SEQUENTIAL ?? 300);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const concurrent = Number(process.env.BENCH_CONCURRENT ?? 200);
const POOL_SIZE = 5;
const ISSUER = 'fitflow-bench';
const AUDIENCE = 'fitflow-api';
process.env.NODE_ENV = 'production';

const bench = await benchDatabase('booking', 'never');
const { adminUrl, urls } = bench;

// Fixtures, through the owners of the two schemas.
const sql = async <T = any>(url: string, text: string, values: unknown[] = []): Promise<T[]> => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, values)).rows as T[];
  } finally {
    await c.end();
  }
};
const trainerId = randomUUID();
const classType = async (capacity: number) =>
  (
    await sql<{ id: string }>(
      urls.owner.scheduling,
      `insert into scheduling.class_types (trainer_id, name, category, duration_minutes, max_participants)
       values ($1, 'Bench class', 'group', 60, $2) returning id`,
      [trainerId, capacity],
    )
  )[0].id;
const session = async (classTypeId: string, day: number) =>
  (
    await sql<{ id: string }>(
      urls.owner.scheduling,
      `insert into scheduling.appointments (trainer_id, class_type_id, start_time, end_time, location_type)
       values ($1, $2, $3::timestamptz, $3::timestamptz + interval '1 hour', 'online') returning id`,
      [trainerId, classTypeId, new Date(Date.UTC(2030, 0, 1 + day, 17))],
    )
  )[0].id;
const clients = (
  await sql<{ id: string }>(
    urls.owner.clients,
    `insert into clients.clients (trainer_id, first_name, last_name, medical_info)
     select $1, 'v1:bench', 'v1:bench', 'v1:bench' from generate_series(1, $2::int) returning id`,
    [trainerId, Math.max(sequential + 20, concurrent)],
  )
).map((r) => r.id);

// The subgraph, listening, with a verifier for this run's own signing key.
const { privateKey, publicKey } = await generateKeyPair('EdDSA');
const ds = await openDatabase({ url: urls.app.scheduling, schema: 'scheduling', entities, migrations: [], poolSize: POOL_SIZE });
const scheduling = await buildSchedulingServer({
  ds,
  verifier: createTokenVerifier({ getKey: publicKey, issuer: ISSUER, audience: AUDIENCE }),
  log: pino({ level: 'silent' }),
});
const { url, stop } = await scheduling.listen(0);
const { token } = await signAccessToken(
  { privateKey, kid: 'bench' },
  { userId: randomUUID(), roles: [{ role: 'trainer', scopeId: trainerId }] },
  { issuer: ISSUER, audience: AUDIENCE, ttlSeconds: 3600 },
);

const BOOK = 'mutation ($a: ID!, $c: ID!) { bookClient(appointmentId: $a, clientId: $c) { id status waitlistPosition } }';
async function book(appointmentId: string, clientId: string): Promise<{ ms: number; status: string; waitlistPosition: number | null }> {
  const start = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: BOOK, variables: { a: appointmentId, c: clientId } }),
  });
  const body = (await response.json()) as { data?: { bookClient: { status: string; waitlistPosition: number | null } }; errors?: unknown[] };
  const ms = performance.now() - start;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { ms, ...body.data!.bookClient };
}

const [{ server_version: version }] = await sql<{ server_version: string }>(adminUrl, 'show server_version');
console.log(`machine: ${machine()}, PostgreSQL ${version}`);
console.log(
  `load average before the run (1/5/15 min): ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} — anything else on the machine shows here`,
);
console.log(`bookClient at the scheduling subgraph over HTTP, runtime role, pool ${POOL_SIZE}`);

// 1. Uncontended.
const big = await session(await classType(500), 0);
for (const clientId of clients.slice(sequential, sequential + 20)) await book(big, clientId);
const alone: number[] = [];
for (const clientId of clients.slice(0, sequential)) {
  const { ms, status } = await book(big, clientId);
  if (status !== 'confirmed') throw new Error(`expected confirmed, got ${status}`);
  alone.push(ms);
}
console.log(`  uncontended, ${sequential} bookings one at a time: ms ${percentiles(alone)}`);

// 2. Contended.
const twenty = await classType(20);
for (let round = 1; round <= rounds; round++) {
  const full = await session(twenty, round);
  const start = performance.now();
  const results = await Promise.all(clients.slice(0, concurrent).map((clientId) => book(full, clientId)));
  const wall = performance.now() - start;
  const confirmed = results.filter((r) => r.status === 'confirmed').length;
  const ranks = results
    .filter((r) => r.status === 'waitlisted')
    .map((r) => r.waitlistPosition!)
    .sort((a, b) => a - b);
  if (confirmed !== Math.min(20, concurrent) || ranks.some((rank, i) => rank !== i + 1))
    throw new Error(`round ${round}: ${confirmed} confirmed, ranks ${ranks.join(',')}`);
  console.log(
    `  contended, round ${round}: ${concurrent} at once into 20 places → ${confirmed} confirmed, ${ranks.length} waitlisted 1..${ranks.length}; ` +
      `wall ${wall.toFixed(0)} ms (${(wall / concurrent).toFixed(1)} ms per booking); ms ${percentiles(results.map((r) => r.ms))}`,
  );
}

await stop();
await ds.destroy();
await bench.drop();
