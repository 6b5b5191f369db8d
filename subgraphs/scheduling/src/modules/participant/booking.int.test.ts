import { QueryCounter } from '@fitflow/kit';
import {
  demoAuth,
  demoEmma as emma,
  demoStudio as studio,
  demoTenant,
  demoTrainer as trainer,
  executeAsJson,
  openSubgraphDatabase,
  tokenFor,
  UNKNOWN_ID,
  useSubgraphTestBed,
} from '@fitflow/testkit';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchedulingServer } from '../../server.js';

/*
 * Bookings, the waitlist, attendance and what clients may do themselves (docs/scheduling.md), on
 * real PostgreSQL through the runtime role.
 *
 * Fixtures are written through owner connections and removed afterwards, so the demo tenant other
 * files read stays as it was:
 * - sessions of Maya, Liam, Sofia and Noah in April 2029 (far from the demo's weeks), at Harbourfront;
 * - an independent trainer made up for this file ("Tess", a random id no demo row uses) with sessions
 *   near now (a late cancellation, attendance) and a 20-place class for the contention test, and 205
 *   clients of hers. Those client rows are inserted through the clients schema's owner: scheduling
 *   only reads clients' published `client_directory` (id, trainer, status), so the rows carry
 *   placeholder ciphertext where names go and are never opened. Real clients through the clients
 *   API would cost a data key and a sealing per client and prove nothing more here.
 */

const counter = new QueryCounter();
const bed = useSubgraphTestBed('scheduling', buildSchedulingServer, { counter, as: 'app' });
let clientsOwner: DataSource;

const run = (query: string, variables: Record<string, unknown>, auth: string) => executeAsJson(bed.server, query, variables, auth);
const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

const BOOK = `mutation ($a: ID!, $c: ID!) {
  bookClient(appointmentId: $a, clientId: $c) { id status waitlistPosition bookedAt cancelledAt lateCancellation client { id } }
}`;
const CANCEL = 'mutation ($id: ID!) { cancelBooking(id: $id) { id status waitlistPosition cancelledAt lateCancellation } }';
const ATTEND = 'mutation ($a: ID!, $e: [AttendanceInput!]!) { markAttendance(appointmentId: $a, attendance: $e) { id attended client { id } } }';
const SESSION = `query ($id: ID!) { appointment(id: $id) {
  id capacity placesLeft waitlistCount headCount
  participants { id status waitlistPosition bookedAt lateCancellation attended client { id } }
} }`;
const BOOKABLE =
  'query ($from: DateTime!, $to: DateTime!) { bookableClasses(from: $from, to: $to) { id startTime capacity placesLeft waitlistCount headCount } }';

interface Booking {
  id: string;
  status: string;
  waitlistPosition: number | null;
  bookedAt: string;
  cancelledAt: string | null;
  lateCancellation: boolean;
  attended: boolean | null;
  client: { id: string };
}

const created = { classTypes: [] as string[], appointments: [] as string[], clients: [] as string[] };

async function classType(trainerId: string, category: 'group' | 'individual', maxParticipants: number): Promise<string> {
  const [{ id }] = await bed.owner.query(
    `insert into scheduling.class_types (trainer_id, name, category, duration_minutes, max_participants)
     values ($1, 'Booking test', $2, 60, $3) returning id`,
    [trainerId, category, maxParticipants],
  );
  created.classTypes.push(id);
  return id;
}

async function session(
  trainerId: string,
  classTypeId: string,
  start: Date,
  minutes = 60,
  studioId: string | null = studio('harbourfront').id,
): Promise<string> {
  const [{ id }] = await bed.owner.query(
    `insert into scheduling.appointments (trainer_id, studio_id, class_type_id, start_time, end_time, location_type)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [trainerId, studioId, classTypeId, start, new Date(start.getTime() + minutes * 60_000), studioId ? 'studio' : 'online'],
  );
  created.appointments.push(id);
  return id;
}

/** `count` clients of `trainerId` as clients' directory publishes them (placeholder ciphertext for the sealed columns). */
async function clientsOf(trainerId: string, count: number): Promise<string[]> {
  const rows: { id: string }[] = await clientsOwner.query(
    `insert into clients.clients (trainer_id, first_name, last_name, medical_info)
     select $1, 'v1:test', 'v1:test', 'v1:test' from generate_series(1, $2::int) returning id`,
    [trainerId, count],
  );
  const ids = rows.map((r) => r.id);
  created.clients.push(...ids);
  return ids;
}

const at = (iso: string) => new Date(iso);
const mayasClients = () => demoTenant().clients.filter((c) => c.trainerId === trainer('maya').id);

/** Tess: an independent trainer made up for this file. */
const TESS = randomUUID();
const tess = () => tokenFor(randomUUID(), [{ role: 'trainer', scopeId: TESS }]);
const asClient = (clientId: string) => tokenFor(randomUUID(), [{ role: 'client', scopeId: clientId }]);

beforeAll(async () => {
  clientsOwner = await openSubgraphDatabase('clients');
});

afterAll(async () => {
  if (created.appointments.length) {
    await bed.owner.query('delete from scheduling.outbox where appointment_id = any($1::uuid[])', [created.appointments]);
    await bed.owner.query('delete from scheduling.appointment_participants where appointment_id = any($1::uuid[])', [created.appointments]);
    await bed.owner.query('delete from scheduling.appointments where id = any($1::uuid[])', [created.appointments]);
  }
  if (created.classTypes.length) await bed.owner.query('delete from scheduling.class_types where id = any($1::uuid[])', [created.classTypes]);
  if (created.clients.length) await clientsOwner.query('delete from clients.clients where id = any($1::uuid[])', [created.clients]);
  await clientsOwner?.destroy();
});

describe('200 clients book a 20-place class at once', () => {
  it('confirms exactly 20, waitlists 180 in one consistent order, and refuses only the true duplicates (CONFLICT)', async () => {
    const classId = await session(TESS, await classType(TESS, 'group', 20), at('2029-05-01T17:00:00Z'), 60, null);
    const clients = await clientsOf(TESS, 200);
    const auth = await tess();
    const duplicates = clients.slice(0, 10);
    const results = await Promise.all([...clients, ...duplicates].map((c) => run(BOOK, { a: classId, c }, auth)));

    const errors = results.filter((r) => r.errors);
    expect(errors).toHaveLength(10);
    // Whichever of the two calls for one client got the session first booked them (confirmed or waitlisted).
    for (const r of errors) {
      expect(r.errors![0].extensions?.code).toBe('CONFLICT');
      expect(r.errors![0].message).toMatch(/^This client is already (booked into this session|on this session’s waitlist)\.$/);
    }
    const bookings: Booking[] = results.filter((r) => !r.errors).map((r) => r.data!.bookClient);
    expect(new Set(bookings.map((b) => b.client.id))).toEqual(new Set(clients));
    expect(bookings.filter((b) => b.status === 'confirmed')).toHaveLength(20);
    const waitlisted = bookings.filter((b) => b.status === 'waitlisted');
    expect(waitlisted.map((b) => b.waitlistPosition).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));

    const after = await run(SESSION, { id: classId }, auth);
    expect(after.errors).toBeUndefined();
    const stored = after.data!.appointment;
    expect(stored).toMatchObject({ capacity: 20, placesLeft: 0, waitlistCount: 180, headCount: 20 });
    const queue = (stored.participants as Booking[]).filter((p) => p.status === 'waitlisted').sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);
    expect(queue.map((p) => p.waitlistPosition)).toEqual(Array.from({ length: 180 }, (_, i) => i + 1));
    // The order of the queue is the order in which bookings got the session: booking times rise along it,
    // and every confirmed booking was made before the first waitlisted one.
    const times = queue.map((p) => Date.parse(p.bookedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const confirmed = (stored.participants as Booking[]).filter((p) => p.status === 'confirmed');
    expect(Math.max(...confirmed.map((p) => Date.parse(p.bookedAt)))).toBeLessThanOrEqual(times[0]);
    // What the mutation answered is what is stored.
    const answered = new Map(waitlisted.map((b) => [b.id, b.waitlistPosition]));
    for (const p of queue) expect(answered.get(p.id)).toBe(p.waitlistPosition);

    // A confirmed cancellation promotes the first waitlisted client, and the queue moves up.
    const cancelled = await run(CANCEL, { id: confirmed[0].id }, auth);
    expect(cancelled.data!.cancelBooking).toMatchObject({ status: 'cancelled', lateCancellation: false, waitlistPosition: null });
    const promotedEvents = await bed.owner.query(`select client_ids from scheduling.outbox where appointment_id = $1 and event_type = 'waitlist.promoted'`, [
      classId,
    ]);
    expect(promotedEvents).toEqual([{ client_ids: [queue[0].client.id] }]);
    const moved = (await run(SESSION, { id: classId }, auth)).data!.appointment;
    expect(moved).toMatchObject({ placesLeft: 0, waitlistCount: 179, headCount: 20 });
    const byId = new Map((moved.participants as Booking[]).map((p) => [p.id, p]));
    expect(byId.get(queue[0].id)).toMatchObject({ status: 'confirmed', waitlistPosition: null });
    expect(byId.get(queue[1].id)!.waitlistPosition).toBe(1);
    expect(byId.get(queue[179].id)!.waitlistPosition).toBe(179);
  });
});

describe('a trainer books and cancels', () => {
  let group: string;
  let liams: string;
  let sofias: string;
  let mayasIndividual: string;
  let nearly: string;
  const [, second, third, fourth] = mayasClients();

  beforeAll(async () => {
    // Tuesday 10 April 2029, 09:00–10:00 in Toronto (Maya), 09:30–10:30 (Liam, one place), 09:15–10:15 (Sofia).
    group = await session(trainer('maya').id, await classType(trainer('maya').id, 'group', 3), at('2029-04-10T13:00:00Z'));
    liams = await session(trainer('liam').id, await classType(trainer('liam').id, 'group', 1), at('2029-04-10T13:30:00Z'));
    sofias = await session(trainer('sofia').id, await classType(trainer('sofia').id, 'group', 3), at('2029-04-10T13:15:00Z'));
    mayasIndividual = await session(trainer('maya').id, await classType(trainer('maya').id, 'individual', 1), at('2029-04-11T13:00:00Z'));
    nearly = await session(trainer('maya').id, await classType(trainer('maya').id, 'group', 1), at('2029-04-12T13:00:00Z'));
  });

  it('books Emma once, and answers a second booking of her into the same session with CONFLICT', async () => {
    const maya = await demoAuth('maya@fitflow.demo');
    const first = await run(BOOK, { a: group, c: emma().id }, maya);
    expect(first.errors).toBeUndefined();
    expect(first.data!.bookClient).toMatchObject({
      status: 'confirmed',
      waitlistPosition: null,
      lateCancellation: false,
      cancelledAt: null,
      client: { id: emma().id },
    });
    const again = await run(BOOK, { a: group, c: emma().id }, maya);
    expect(again.errors?.[0]).toMatchObject({ message: 'This client is already booked into this session.', extensions: { code: 'CONFLICT' } });
  });

  it("refuses to confirm Emma into Sofia's overlapping session, naming the time of the one she is in (CONFLICT)", async () => {
    const result = await run(BOOK, { a: sofias, c: emma().id }, await demoAuth('maya@fitflow.demo'));
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors![0].message).toContain('Tue 10 Apr 2029, 09:00–10:00 America/Toronto');
    expect((await run(SESSION, { id: sofias }, await demoAuth('maya@fitflow.demo'))).data!.appointment.participants).toEqual([]);
  });

  it("waitlists Emma for Liam's full overlapping class, and on a cancellation skips her for the next client", async () => {
    const maya = await demoAuth('maya@fitflow.demo');
    const taken = await run(BOOK, { a: liams, c: second.id }, maya);
    expect(taken.data!.bookClient.status).toBe('confirmed');
    const waiting = await run(BOOK, { a: liams, c: emma().id }, maya);
    expect(waiting.data!.bookClient).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    const next = await run(BOOK, { a: liams, c: third.id }, maya);
    expect(next.data!.bookClient).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });

    const cancelled = await run(CANCEL, { id: taken.data!.bookClient.id }, await demoAuth('liam@fitflow.demo'));
    expect(cancelled.data!.cancelBooking.status).toBe('cancelled');
    const after = (await run(SESSION, { id: liams }, maya)).data!.appointment;
    const byClient = new Map((after.participants as Booking[]).map((p) => [p.client.id, p]));
    expect(byClient.get(third.id)).toMatchObject({ status: 'confirmed', waitlistPosition: null });
    expect(byClient.get(emma().id)).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect(after).toMatchObject({ capacity: 1, placesLeft: 0, headCount: 1, waitlistCount: 1 });
    const events = await bed.owner.query('select event_type, client_ids from scheduling.outbox where appointment_id = $1 order by created_at, event_type', [
      liams,
    ]);
    expect(events).toEqual([
      { event_type: 'booking.cancelled', client_ids: [second.id] },
      { event_type: 'waitlist.promoted', client_ids: [third.id] },
    ]);
  });

  it('books a cancelled booking again on the same row, at the end of the queue', async () => {
    const maya = await demoAuth('maya@fitflow.demo');
    const first = (await run(BOOK, { a: nearly, c: fourth.id }, maya)).data!.bookClient;
    const waiting = (await run(BOOK, { a: nearly, c: third.id }, maya)).data!.bookClient;
    expect(waiting).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    expect((await run(CANCEL, { id: waiting.id }, maya)).data!.cancelBooking).toMatchObject({ status: 'cancelled', lateCancellation: false });
    expect(codeOf(await run(CANCEL, { id: waiting.id }, maya))).toBe('CONFLICT');
    const again = (await run(BOOK, { a: nearly, c: third.id }, maya)).data!.bookClient;
    expect(again).toMatchObject({ id: waiting.id, status: 'waitlisted', waitlistPosition: 1, cancelledAt: null });
    expect(Date.parse(again.bookedAt)).toBeGreaterThan(Date.parse(waiting.bookedAt));
    expect(first.status).toBe('confirmed');
  });

  it('answers NOT_FOUND for a session or client outside the caller’s reach, exactly as for an unknown id', async () => {
    const unknown = await run(BOOK, { a: UNKNOWN_ID, c: emma().id }, await demoAuth('noah@fitflow.demo'));
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Appointment not found.', extensions: { code: 'NOT_FOUND' } });
    // Noah is not in Maya's team.
    expect((await run(BOOK, { a: group, c: emma().id }, await demoAuth('noah@fitflow.demo'))).errors?.[0]).toEqual(unknown.errors?.[0]);
    // Liam teaches the session, but the client is Maya's, not his.
    const notHis = await run(BOOK, { a: liams, c: fourth.id }, await demoAuth('liam@fitflow.demo'));
    expect(notHis.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
    expect(codeOf(await run(BOOK, { a: group, c: UNKNOWN_ID }, await demoAuth('maya@fitflow.demo')))).toBe('NOT_FOUND');
  });

  it('refuses a studio admin (FORBIDDEN) and a malformed id (BAD_USER_INPUT naming it), writing nothing', async () => {
    expect(codeOf(await run(BOOK, { a: group, c: second.id }, await demoAuth('studio@harbourfront.demo')))).toBe('FORBIDDEN');
    const malformed = await run(BOOK, { a: 'nope', c: second.id }, await demoAuth('maya@fitflow.demo'));
    expect(malformed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'appointmentId' });
    const participants = (await run(SESSION, { id: group }, await demoAuth('maya@fitflow.demo'))).data!.appointment.participants as Booking[];
    expect(participants.map((p) => p.client.id)).toEqual([emma().id]);
  });

  describe('what a client may do themselves', () => {
    it("lists her trainer's group classes with places left, full ones included, and no individual or other trainer's session", async () => {
      const result = await run(BOOKABLE, { from: '2029-04-01T00:00:00Z', to: '2029-05-01T00:00:00Z' }, await demoAuth(emma().email));
      expect(result.errors).toBeUndefined();
      expect(result.data!.bookableClasses).toEqual([
        { id: group, startTime: '2029-04-10T13:00:00.000Z', capacity: 3, placesLeft: 2, waitlistCount: 0, headCount: 1 },
        { id: nearly, startTime: '2029-04-12T13:00:00.000Z', capacity: 1, placesLeft: 0, waitlistCount: 1, headCount: 1 },
      ]);
      expect(mayasIndividual).toBeDefined();
    });

    it('refuses the list to trainers (FORBIDDEN) and a window in the past or longer than 62 days (BAD_USER_INPUT)', async () => {
      const emmas = await demoAuth(emma().email);
      expect(codeOf(await run(BOOKABLE, { from: '2029-04-01T00:00:00Z', to: '2029-05-01T00:00:00Z' }, await demoAuth('maya@fitflow.demo')))).toBe('FORBIDDEN');
      const past = await run(BOOKABLE, { from: '2020-04-01T00:00:00Z', to: '2020-05-01T00:00:00Z' }, emmas);
      expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
      const long = await run(BOOKABLE, { from: '2029-04-01T00:00:00Z', to: '2029-06-03T00:00:00Z' }, emmas);
      expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    });

    it('lets Emma join the waitlist of a full class, see it among her upcoming sessions, and cancel it herself', async () => {
      const emmas = await demoAuth(emma().email);
      const booked = await run(BOOK, { a: nearly, c: emma().id }, emmas);
      expect(booked.data!.bookClient).toMatchObject({ status: 'waitlisted', waitlistPosition: 2 });
      const upcoming = await run(
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Client { upcomingAppointments(first: 50) { id participants { status waitlistPosition } } } } }',
        { r: [{ __typename: 'Client', id: emma().id }] },
        emmas,
      );
      const mine = (upcoming.data!._entities[0].upcomingAppointments as { id: string; participants: unknown[] }[]).find((a) => a.id === nearly);
      expect(mine?.participants).toEqual([{ status: 'waitlisted', waitlistPosition: 2 }]);
      const cancelled = await run(CANCEL, { id: booked.data!.bookClient.id }, emmas);
      expect(cancelled.data!.cancelBooking).toMatchObject({ status: 'cancelled', lateCancellation: false });
    });

    it("refuses Emma another client's booking (FORBIDDEN), another trainer's or an individual session (NOT_FOUND, as unknown)", async () => {
      const emmas = await demoAuth(emma().email);
      expect(codeOf(await run(BOOK, { a: group, c: second.id }, emmas))).toBe('FORBIDDEN');
      const unknown = await run(BOOK, { a: UNKNOWN_ID, c: emma().id }, emmas);
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await run(BOOK, { a: sofias, c: emma().id }, emmas)).errors?.[0]).toEqual(unknown.errors?.[0]);
      expect((await run(BOOK, { a: mayasIndividual, c: emma().id }, emmas)).errors?.[0]).toEqual(unknown.errors?.[0]);
      // Nor may she cancel someone else's booking.
      const someoneElses = (await run(SESSION, { id: liams }, await demoAuth('maya@fitflow.demo'))).data!.appointment.participants.find(
        (p: Booking) => p.client.id === third.id,
      );
      expect((await run(CANCEL, { id: someoneElses.id }, emmas)).errors?.[0]).toMatchObject({
        message: 'Booking not found.',
        extensions: { code: 'NOT_FOUND' },
      });
    });

    it("lets the other client (one of Noah's) book none of Maya's classes", async () => {
      const other = demoTenant().logins.otherClient;
      const noahsClient = demoTenant().clients.find((c) => c.email === other)!;
      const result = await run(BOOK, { a: group, c: noahsClient.id }, await demoAuth(other));
      expect(codeOf(result)).toBe('NOT_FOUND');
    });
  });

  it('batches capacity, places left, waitlist and head count: as many statements for many sessions as for one', async () => {
    const emmas = await demoAuth(emma().email);
    const count = async (to: string) => {
      counter.reset();
      const result = await run(BOOKABLE, { from: '2029-04-01T00:00:00Z', to }, emmas);
      expect(result.errors).toBeUndefined();
      return { sessions: result.data!.bookableClasses.length, statements: counter.count };
    };
    const one = await count('2029-04-11T00:00:00Z');
    const two = await count('2029-05-01T00:00:00Z');
    expect([one.sessions, two.sessions]).toEqual([1, 2]);
    expect(two.statements).toBe(one.statements);
  });
});

describe('late cancellations and attendance (sessions near now)', () => {
  let soon: string;
  let past: string;
  let clients: string[];

  beforeAll(async () => {
    const hour = 3_600_000;
    const group = await classType(TESS, 'group', 2);
    soon = await session(TESS, group, new Date(Date.now() + 2 * hour), 60, null);
    past = await session(TESS, group, new Date(Date.now() - 2 * hour), 60, null);
    clients = await clientsOf(TESS, 5);
  });

  it('marks a confirmed cancellation inside the 12-hour window late, and a waitlisted one not', async () => {
    const auth = await tess();
    const [a, b, c] = clients;
    const confirmed = (await run(BOOK, { a: soon, c: a }, auth)).data!.bookClient;
    await run(BOOK, { a: soon, c: b }, auth);
    const waitlisted = (await run(BOOK, { a: soon, c }, auth)).data!.bookClient;
    expect(waitlisted.status).toBe('waitlisted');
    expect((await run(CANCEL, { id: waitlisted.id }, auth)).data!.cancelBooking).toMatchObject({ status: 'cancelled', lateCancellation: false });
    // The client cancels herself, two hours before the start.
    const late = await run(CANCEL, { id: confirmed.id }, await asClient(a));
    expect(late.errors).toBeUndefined();
    expect(late.data!.cancelBooking).toMatchObject({ status: 'cancelled', lateCancellation: true });
    expect(Date.parse(late.data!.cancelBooking.cancelledAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('takes attendance of confirmed participants once the session has started, and refuses anyone else, writing nothing', async () => {
    const auth = await tess();
    const [a, b, c] = clients;
    await bed.owner.query(
      `insert into scheduling.appointment_participants (appointment_id, client_id, status, waitlist_position)
       values ($1, $2, 'confirmed', null), ($1, $3, 'confirmed', null), ($1, $4, 'waitlisted', 1)`,
      [past, a, b, c],
    );
    const stranger = await run(
      ATTEND,
      {
        a: past,
        e: [
          { clientId: a, attended: true },
          { clientId: c, attended: true },
        ],
      },
      auth,
    );
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendance' });
    expect(stranger.errors?.[0].message).toContain(c);
    const untouched = (await run(SESSION, { id: past }, auth)).data!.appointment.participants as Booking[];
    expect(untouched.map((p) => p.attended)).toEqual([null, null, null]);

    const marked = await run(
      ATTEND,
      {
        a: past,
        e: [
          { clientId: b, attended: false },
          { clientId: a, attended: true },
        ],
      },
      auth,
    );
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markAttendance).toMatchObject([
      { attended: false, client: { id: b } },
      { attended: true, client: { id: a } },
    ]);
    const audit = await bed.owner.query(
      `select old_values, new_values from scheduling.audit_log where record_id = $1 and table_name = 'appointment_participants'`,
      [marked.data!.markAttendance[1].id],
    );
    expect(audit).toEqual([{ old_values: { attended: null }, new_values: { attended: true } }]);

    // After completion the trainer may still correct it.
    await bed.owner.query(`update scheduling.appointments set status = 'completed', completed_at = now() where id = $1`, [past]);
    const corrected = await run(ATTEND, { a: past, e: [{ clientId: b, attended: true }] }, auth);
    expect(corrected.data!.markAttendance).toMatchObject([{ attended: true, client: { id: b } }]);
  });

  it('refuses attendance before the start (CONFLICT), to a trainer who does not teach it (NOT_FOUND) and to a client (FORBIDDEN)', async () => {
    const [a] = clients;
    const beforeStart = await run(ATTEND, { a: soon, e: [{ clientId: clients[1], attended: true }] }, await tess());
    expect(codeOf(beforeStart)).toBe('CONFLICT');
    expect(codeOf(await run(ATTEND, { a: past, e: [{ clientId: a, attended: true }] }, await demoAuth('maya@fitflow.demo')))).toBe('NOT_FOUND');
    expect(codeOf(await run(ATTEND, { a: past, e: [{ clientId: a, attended: true }] }, await asClient(a)))).toBe('FORBIDDEN');
    const tooMany = Array.from({ length: 201 }, () => ({ clientId: randomUUID(), attended: true }));
    expect((await run(ATTEND, { a: past, e: tooMany }, await tess())).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attendance' });
  });
});
