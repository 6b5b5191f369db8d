/**
 * The demo tenant at benchmark scale: more trainers shaped like Maya (each with a dashboard of the
 * same shape), and filler sessions so that the database holds 10⁴, 10⁵ or 10⁶ appointments in all.
 *
 * The extra trainers, their clients and their session notes go through every subgraph's own seed code
 * (`prepareDatabase` with the extended tenant): clients and notes are PHI, sealed with each client's
 * data key. The filler sessions carry no PHI and no bookings; they are bulk SQL as the database owner
 * (`generate_series`), then `VACUUM (ANALYZE)`.
 */
import { buildDemoTenant, DEMO_PASSWORD, demoId, type DemoTenant } from '@fitflow/demo';
import { prepareDatabase } from '@fitflow/stack';
import pg from 'pg';

/** How many trainers shaped like Maya {@link scaleDemo} adds by default. */
export const DEFAULT_BENCH_TRAINERS = 10;

/** The key of the `n`-th benchmark trainer (1-based): `bench01`, `bench02`, … Their email is `<key>@fitflow.demo`. */
export const benchTrainerKey = (n: number): string => `bench${String(n).padStart(2, '0')}`;

/** Sessions per day in the generated history (at 12:00, 16:00 and 21:00 UTC, one hour each). */
const SESSIONS_PER_DAY = 3;
/** Most generated past sessions of one trainer: about five and a half years at three a day. */
export const MAX_HISTORY_PER_TRAINER = 6000;
/** Share of the filler that is the seeded trainers' own history (the rest: other trainers' calendars). */
const SEEDED_SHARE = 0.3;
/** How far ahead the other trainers' calendars go, in days. */
const OTHERS_AHEAD_DAYS = 28;

/**
 * The demo tenant with `count` more trainers copied from `like` (default Maya): for trainer `n`, key
 * {@link benchTrainerKey}(n), email `<key>@fitflow.demo` (password `DEMO_PASSWORD`), fresh `demoId`
 * ids, and copies of `like`'s contracts (same studios, rates and history), class types, weekly hours,
 * clients (emails prefixed with the key), sessions with their bookings, and session notes. Each new
 * trainer administers a team of their own (no members), as Maya does, so the access SQL is the same
 * shape. Studio invoices, series and client shares are not copied.
 *
 * Pure: `tenant` is not changed; the demo's own rows keep their ids and values.
 * @throws Error when `like` is not a trainer key of `tenant`, or `count` is not a whole number ≥ 0.
 */
export function withBenchTrainers(tenant: DemoTenant, count: number, like = 'maya'): DemoTenant {
  if (!Number.isInteger(count) || count < 0) throw new Error(`withBenchTrainers: count must be a whole number ≥ 0, got ${count}.`);
  const model = tenant.trainers.find((t) => t.key === like);
  if (!model) throw new Error(`withBenchTrainers: the tenant has no trainer "${like}".`);
  const out: DemoTenant = {
    ...tenant,
    users: [...tenant.users],
    trainers: [...tenant.trainers],
    contracts: [...tenant.contracts],
    classTypes: [...tenant.classTypes],
    clients: [...tenant.clients],
    appointments: [...tenant.appointments],
    availability: [...tenant.availability],
    sessionNotes: [...tenant.sessionNotes],
  };
  const mine = <T extends { trainerId: string }>(rows: readonly T[]) => rows.filter((row) => row.trainerId === model.id);
  const studioKey = new Map(tenant.studios.map((s) => [s.id, s.key]));
  for (let n = 1; n <= count; n++) {
    const key = benchTrainerKey(n);
    const trainerId = demoId('trainer', key);
    out.trainers.push({
      ...model,
      id: trainerId,
      key,
      email: `${key}@fitflow.demo`,
      lastName: `${model.lastName} ${String(n).padStart(2, '0')}`,
      businessName: `${model.businessName} ${String(n).padStart(2, '0')}`,
      invoicePrefix: `B${String(n).padStart(2, '0')}`,
      parentTrainerId: null,
    });
    out.users.push({
      id: trainerId,
      email: `${key}@fitflow.demo`,
      roles: [
        { role: 'trainer', scopeId: trainerId },
        { role: 'trainer_admin', scopeId: trainerId },
      ],
    });
    for (const contract of mine(tenant.contracts)) {
      out.contracts.push({ ...contract, id: demoId('contract', key, studioKey.get(contract.studioId)!), trainerId });
    }
    const classTypeId = new Map<string, string>();
    for (const classType of mine(tenant.classTypes)) {
      const id = demoId('class-type', key, classType.category, classType.name);
      classTypeId.set(classType.id, id);
      out.classTypes.push({ ...classType, id, trainerId });
    }
    for (const window of mine(tenant.availability)) out.availability.push({ ...window, id: demoId('availability', key, window.id), trainerId });
    const clientId = new Map<string, string>();
    for (const [i, client] of mine(tenant.clients).entries()) {
      const id = demoId('client', key, String(i));
      clientId.set(client.id, id);
      out.clients.push({ ...client, id, trainerId, email: `${key}.${client.email}` });
    }
    const appointmentId = new Map<string, string>();
    for (const appointment of mine(tenant.appointments)) {
      const id = demoId('appointment', key, appointment.id);
      appointmentId.set(appointment.id, id);
      out.appointments.push({
        ...appointment,
        id,
        trainerId,
        classTypeId: classTypeId.get(appointment.classTypeId)!,
        seriesId: null,
        recurrenceId: null,
        participants: appointment.participants.map((p) => ({
          ...p,
          id: demoId('participant', id, clientId.get(p.clientId)!),
          clientId: clientId.get(p.clientId)!,
        })),
      });
    }
    for (const note of mine(tenant.sessionNotes)) {
      out.sessionNotes.push({
        ...note,
        id: demoId('note', key, note.id),
        trainerId,
        clientId: clientId.get(note.clientId)!,
        appointmentId: appointmentId.get(note.appointmentId)!,
      });
    }
  }
  return out;
}

/** How {@link fillAppointments} spreads the filler sessions. */
export interface FillerPlan {
  /** Appointments the database holds in the end. */
  total: number;
  /** Appointments already there (the seeded tenant's). */
  existing: number;
  /** Past sessions generated for each seeded trainer, before their first demo session. */
  historyPerSeededTrainer: number;
  /** How many seeded trainers get that history. */
  seededTrainers: number;
  /** Other trainers (no account, no clients): their calendars fill the rest. */
  otherTrainers: number;
  /** Sessions of the other trainers, all together (spread evenly, the first ones a few more). */
  otherSessions: number;
}

/**
 * How many filler sessions go where so that the database holds exactly `total` appointments: about
 * 30 % as the seeded trainers' own history (at most {@link MAX_HISTORY_PER_TRAINER} each), the rest
 * as other trainers' calendars of at most {@link MAX_HISTORY_PER_TRAINER} sessions each (years of
 * history, four weeks ahead), so the number of trainers grows with `total`.
 * @throws RangeError when `total` is below `existing`.
 */
export function fillerPlan(total: number, existing: number, seededTrainers: number): FillerPlan {
  if (!Number.isInteger(total) || total < existing) throw new RangeError(`fillerPlan: ${total} appointments asked, but the tenant already has ${existing}.`);
  const filler = total - existing;
  const historyPerSeededTrainer = seededTrainers ? Math.min(MAX_HISTORY_PER_TRAINER, Math.floor((filler * SEEDED_SHARE) / seededTrainers)) : 0;
  const otherSessions = filler - historyPerSeededTrainer * seededTrainers;
  const otherTrainers = otherSessions ? Math.ceil(otherSessions / MAX_HISTORY_PER_TRAINER) : 0;
  return { total, existing, historyPerSeededTrainer, seededTrainers, otherTrainers, otherSessions };
}

/** One seeded trainer as the history SQL needs it: where and what they teach, and where the demo's sessions begin. */
interface SeededHistory {
  /** Position of the trainer (varies the cancellations between trainers). */
  idx: number;
  trainer_id: string;
  class_type_id: string;
  rate: string;
  studios: string[];
  /** The trainer's first demo session (ISO instant): the history ends the day before. */
  first_start: string;
}

/** Each trainer of `tenant` with sessions: their individual class type, their studios, their first session. */
function seededHistories(tenant: DemoTenant): SeededHistory[] {
  return tenant.trainers.flatMap((trainer, idx) => {
    const sessions = tenant.appointments.filter((a) => a.trainerId === trainer.id);
    const classType = tenant.classTypes.find((c) => c.trainerId === trainer.id && c.category === 'individual');
    const studios = [...new Set(tenant.contracts.filter((c) => c.trainerId === trainer.id).map((c) => c.studioId))];
    if (!sessions.length || !classType || !studios.length) return [];
    const first = new Date(Math.min(...sessions.map((a) => a.startTime.getTime())));
    return [{ idx, trainer_id: trainer.id, class_type_id: classType.id, rate: classType.defaultRate.toFixed(2), studios, first_start: first.toISOString() }];
  });
}

/**
 * Adds filler sessions as `plan` says, as `adminUrl`'s role (the database owner or a superuser): each seeded
 * trainer's history back from the day before their first demo session, at their own studios, with
 * their individual class type; the other trainers' calendars (ids `md5('bench-filler-trainer-<j>')`,
 * one class type each) at the demo studios, from four weeks ahead back. Three one-hour sessions a day,
 * no overlaps (the no-double-booking constraint holds); in the past 4 % cancelled, 2 % no-shows, the
 * rest completed; ahead, scheduled. No bookings, no notes. Then `VACUUM (ANALYZE)` of scheduling's tables.
 *
 * The other trainers' calendars are written by `parallel` connections at once (each its share of the
 * trainers, so no two wait on each other): index upkeep, the no-double-booking constraint's GiST index
 * above all, is most of the time.
 */
export async function fillAppointments(adminUrl: string, tenant: DemoTenant, plan: FillerPlan, parallel = 2): Promise<void> {
  const connect = async () => {
    const db = new pg.Client({ connectionString: adminUrl });
    await db.connect();
    return db;
  };
  const db = await connect();
  try {
    await fill(db, connect, tenant, plan, Math.max(1, Math.min(parallel, plan.otherTrainers)));
  } finally {
    await db.end();
  }
}

async function fill(db: pg.Client, connect: () => Promise<pg.Client>, tenant: DemoTenant, plan: FillerPlan, parallel: number): Promise<void> {
  // Past sessions: k-th back of a trainer's calendar (0 = the newest), day k / 3 back, slot k % 3.
  const status = (k: string, salt: string) =>
    `case when start_time >= now() then 'scheduled'
          when (${k} * 7 + ${salt}) % 100 < 4 then 'cancelled'
          when (${k} * 7 + ${salt}) % 100 < 6 then 'no-show'
          else 'completed' end`;
  const columns = 'trainer_id, studio_id, class_type_id, start_time, end_time, status, cancelled_at, cancellation_reason, completed_at, rate';
  const values = (k: string, salt: string) =>
    `select trainer_id, studio_id, class_type_id, start_time, start_time + interval '1 hour', s.status,
            case when s.status = 'cancelled' then start_time - interval '1 day' end,
            case when s.status = 'cancelled' then 'Client illness' end,
            case when s.status = 'completed' then start_time + interval '1 hour' end, rate
       from x cross join lateral (select ${status(k, salt)} as status) s`;
  if (plan.historyPerSeededTrainer > 0) {
    await db.query(
      `insert into scheduling.appointments (${columns})
       with x as (
         select t.trainer_id, t.studios[1 + k % array_length(t.studios, 1)] as studio_id, t.class_type_id, t.rate, k, t.idx,
                date_trunc('day', t.first_start) - (1 + k / ${SESSIONS_PER_DAY}) * interval '1 day' + (array[12, 16, 21])[1 + k % ${SESSIONS_PER_DAY}] * interval '1 hour' as start_time
           from jsonb_to_recordset($1::jsonb) as t(idx int, trainer_id uuid, class_type_id uuid, rate numeric, studios uuid[], first_start timestamptz),
                generate_series(0, $2::int - 1) k)
       ${values('k', 'idx')}`,
      [JSON.stringify(seededHistories(tenant)), plan.historyPerSeededTrainer],
    );
  }
  if (plan.otherSessions > 0) {
    await db.query(
      `insert into scheduling.class_types (id, trainer_id, name, category, duration_minutes, max_participants, default_rate, color, status)
       select md5('bench-filler-class-type-' || j)::uuid, md5('bench-filler-trainer-' || j)::uuid, 'Personal training', 'individual', 60, 1, 90, '#F18F01', 'active'
         from generate_series(0, $1::int - 1) j`,
      [plan.otherTrainers],
    );
    const studios = tenant.studios.map((s) => s.id);
    // Session n goes to trainer n % T (its k-th, k = n / T): trainers' counts differ by one at most.
    // Part p of `parallel` writes the trainers j with j % parallel = p.
    const part = async (p: number) => {
      const own = p === 0 ? db : await connect();
      try {
        await own.query(
          `insert into scheduling.appointments (${columns})
           with x as (
             select md5('bench-filler-trainer-' || j)::uuid as trainer_id, ($3::uuid[])[1 + (j + k % 2) % array_length($3::uuid[], 1)] as studio_id,
                    md5('bench-filler-class-type-' || j)::uuid as class_type_id, 90::numeric as rate, k, j,
                    date_trunc('day', now()) + (${OTHERS_AHEAD_DAYS} - k / ${SESSIONS_PER_DAY}) * interval '1 day' + (array[12, 16, 21])[1 + k % ${SESSIONS_PER_DAY}] * interval '1 hour' as start_time
               from generate_series(0, $1::int - 1) n, lateral (select n % $2::int as j, n / $2::int as k) t
              where (n % $2::int) % $4::int = $5::int)
           ${values('k', 'j')}`,
          [plan.otherSessions, plan.otherTrainers, studios, parallel, p],
        );
      } finally {
        if (own !== db) await own.end();
      }
    };
    await Promise.all(Array.from({ length: parallel }, (_, p) => part(p)));
  }
  // VACUUM as well as ANALYZE: autovacuum would otherwise start on the new rows during a measurement.
  for (const table of ['appointments', 'class_types', 'appointment_participants']) await db.query(`vacuum (analyze) scheduling.${table}`);
}

/** Options of {@link scaleDemo}. */
export interface ScaleOptions {
  /** Appointments the database holds in the end (e.g. 10_000, 100_000 or 1_000_000); at least the tenant's own. */
  appointments: number;
  /** Trainers shaped like Maya added to the demo tenant (default {@link DEFAULT_BENCH_TRAINERS}). */
  trainers?: number;
  /** Reference time of the demo tenant (default: now). */
  now?: Date;
  /** The tenant to scale instead of `buildDemoTenant(now)` (e.g. the demo tenant with one more contract). */
  base?: DemoTenant;
}

/** A trainer the benchmark signs in as. */
export interface BenchUser {
  email: string;
  /** `DEMO_PASSWORD` for every one of them. */
  password: string;
  trainerId: string;
}

/** What {@link scaleDemo} loaded. */
export interface ScaledDemo {
  /** Maya first, then the added trainers: each has a dashboard of the same shape (contracts, upcoming sessions, clients with notes). */
  users: BenchUser[];
  /** The tenant that was seeded (the demo tenant with the added trainers). */
  tenant: DemoTenant;
  /** Where the filler went. */
  plan: FillerPlan;
  /** Appointments in the database at the end (equals `options.appointments`). */
  appointments: number;
  /** Wall time of the seeding and of the filler, in milliseconds. */
  seedMs: number;
  fillMs: number;
}

/**
 * Loads the demo tenant (or `options.base`) with `options.trainers` trainers like Maya into the FitFlow database at
 * `adminUrl` (superuser or owner URL; migrated here if it is not yet, via the stack's
 * `prepareDatabase`), then fills it up to `options.appointments` appointments
 * ({@link fillerPlan}, {@link fillAppointments}) and analyzes it. The database should hold no demo
 * tenant yet (e.g. bench/support.ts `benchDatabase(name, 'never')`).
 *
 * The clients and notes are sealed with the key ring of the environment (`MASTER_KEYS`,
 * `ACTIVE_MASTER_KEY_ID`), as `npm run seed` does: set them before calling, the same the servers use.
 * @returns the users to sign in as (with `DEMO_PASSWORD`), Maya first.
 * @throws RangeError when `options.appointments` is below what the tenant itself holds; the seed's
 *   or SQL's error otherwise.
 */
export async function scaleDemo(adminUrl: string, options: ScaleOptions): Promise<ScaledDemo> {
  const tenant = withBenchTrainers(options.base ?? buildDemoTenant(options.now), options.trainers ?? DEFAULT_BENCH_TRAINERS);
  const seeding = performance.now();
  const plan = fillerPlan(options.appointments, tenant.appointments.length, seededHistories(tenant).length);
  await prepareDatabase({ adminUrl, seed: 'always', tenant });
  const seedMs = performance.now() - seeding;
  const filling = performance.now();
  await fillAppointments(adminUrl, tenant, plan);
  const fillMs = performance.now() - filling;
  const db = new pg.Client({ connectionString: adminUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from scheduling.appointments');
    const maya = tenant.trainers.find((t) => t.key === 'maya')!;
    const users = [maya, ...tenant.trainers.filter((t) => t.key.startsWith('bench'))].map((t) => ({
      email: t.email,
      password: DEMO_PASSWORD,
      trainerId: t.id,
    }));
    return { users, tenant, plan, appointments: rows[0].n, seedMs, fillMs };
  } finally {
    await db.end();
  }
}
