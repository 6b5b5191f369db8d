import {
  demoAuth,
  demoEmma,
  demoStudio as studio,
  demoTenant,
  demoTrainer as trainer,
  executeAsJson as run,
  useSubgraphTestBed,
  UNKNOWN_ID,
} from '@fitflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchedulingServer } from '../../server.js';
import { forgetCalendarWritesSince, markNow } from './test-bed.js';

/*
 * Sessions as a trainer changes them: schedule, reschedule, cancel, complete, no-show — one trainer,
 * one calendar across studios and zones. Every time here is in January 2027 (far past the demo
 * tenant's weeks), a distinct one per test, so nothing here meets the demo or another test.
 */

const bed = useSubgraphTestBed('scheduling', buildSchedulingServer, { as: 'app' });
// The tests after this file read the demo tenant alone ("upcoming" has no end): what is written here goes afterwards.
let started: Date;
beforeAll(async () => {
  started = await markNow(bed.owner);
});
afterAll(() => forgetCalendarWritesSince(bed.owner, started));

const classType = (trainerKey: string, category: 'group' | 'individual' | 'trial') =>
  demoTenant().classTypes.find((c) => c.trainerId === trainer(trainerKey).id && c.category === category)!.id;
const contractRate = (trainerKey: string, studioKey: string, category: 'group' | 'individual' | 'trial') =>
  demoTenant()
    .contracts.find((c) => c.trainerId === trainer(trainerKey).id && c.studioId === studio(studioKey).id)!
    .classRates[category].toFixed(2);

const FIELDS = 'id startTime endTime status locationType locationDetails rate timeZone cancellationReason recurrenceId studio { id } trainer { id }';
const SCHEDULE = `mutation ($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { ${FIELDS} } }`;
const RESCHEDULE = `mutation ($id: ID!, $input: RescheduleAppointmentInput!) { rescheduleAppointment(id: $id, input: $input) { ${FIELDS} } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelAppointment(id: $id, reason: $reason) { ${FIELDS} } }`;
const COMPLETE = `mutation ($id: ID!) { completeAppointment(id: $id) { id status } }`;
const NO_SHOW = `mutation ($id: ID!) { markAppointmentNoShow(id: $id) { id status } }`;

const as = (email: string) => demoAuth(email);
const MAYA = 'maya@fitflow.demo';
const atHarbourfront = (startTime: string, extra: Record<string, unknown> = {}) => ({
  classTypeId: classType('maya', 'individual'),
  startTime,
  locationType: 'STUDIO',
  studioId: studio('harbourfront').id,
  ...extra,
});

async function schedule(email: string, input: Record<string, unknown>) {
  return run(bed.server, SCHEDULE, { input }, await as(email));
}
/** Schedules and expects it to work; returns the new session. */
async function scheduled(email: string, input: Record<string, unknown>) {
  const result = await schedule(email, input);
  expect(result.errors).toBeUndefined();
  return result.data!.scheduleAppointment as { id: string; startTime: string; endTime: string; rate: string | null; [k: string]: unknown };
}

/** A trainer's sessions (any status) starting in [from, to), straight from the table. */
async function rowsBetween(trainerKey: string, from: string, to: string) {
  return bed.owner.query(
    `select id, status, sequence, start_time, end_time from scheduling.appointments where trainer_id = $1 and start_time >= $2 and start_time < $3 order by start_time`,
    [trainer(trainerKey).id, from, to],
  );
}
const book = (appointmentId: string, clientId: string, status: 'confirmed' | 'waitlisted' = 'confirmed', position: number | null = null) =>
  bed.owner.query(`insert into scheduling.appointment_participants (appointment_id, client_id, status, waitlist_position) values ($1, $2, $3, $4)`, [
    appointmentId,
    clientId,
    status,
    position,
  ]);
const outboxOf = (appointmentId: string) =>
  bed.owner.query(`select event_type, client_ids, payload from scheduling.outbox where appointment_id = $1 order by created_at`, [appointmentId]);
const clientOf = (trainerKey: string, n: number) => demoTenant().clients.filter((c) => c.trainerId === trainer(trainerKey).id)[n].id;

describe('a trainer schedules a one-off session (scheduleAppointment)', () => {
  it('puts it on the calendar at the studio’s contract rate for the category, with the class type’s duration, and audits it', async () => {
    const session = await scheduled(MAYA, atHarbourfront('2027-01-11T14:00:00Z', { locationDetails: '  Studio B, second floor ' }));
    expect(session).toMatchObject({
      startTime: '2027-01-11T14:00:00.000Z',
      endTime: '2027-01-11T15:00:00.000Z',
      status: 'SCHEDULED',
      locationType: 'studio',
      locationDetails: 'Studio B, second floor',
      rate: contractRate('maya', 'harbourfront', 'individual'),
      timeZone: 'America/Toronto',
      recurrenceId: null,
      studio: { id: studio('harbourfront').id },
      trainer: { id: trainer('maya').id },
    });
    const [audit] = await bed.owner.query(`select action, new_values from scheduling.audit_log where table_name = 'appointments' and record_id = $1`, [
      session.id,
    ]);
    expect(audit.action).toBe('create');
    expect(audit.new_values).toMatchObject({ status: 'scheduled', locationDetails: '[redacted]', startTime: '2027-01-11T14:00:00.000Z' });
  });

  it('refuses Vancouver 06:00 while Toronto 09:00 is taken — the same instant — naming the session in its studio’s zone', async () => {
    const toronto = await scheduled(MAYA, atHarbourfront('2027-01-18T14:00:00Z'));
    const result = await schedule(MAYA, { ...atHarbourfront('2027-01-18T14:00:00Z'), studioId: studio('kits').id });
    expect(result.errors?.[0]).toMatchObject({
      message: 'You already have a session then: Mon 18 Jan 09:00–10:00 Toronto (ET) at Harbourfront Movement. Pick another time.',
      extensions: {
        code: 'CONFLICT',
        clashes: [
          { appointmentId: toronto.id, startTime: '2027-01-18T14:00:00.000Z', endTime: '2027-01-18T15:00:00.000Z', studioId: studio('harbourfront').id },
        ],
      },
    });
    expect(await rowsBetween('maya', '2027-01-18T00:00:00Z', '2027-01-19T00:00:00Z')).toHaveLength(1);
    // Half an hour later overlaps too; with Maya's 45-minute travel buffer the next free start in
    // Vancouver is 07:45 (15:45Z).
    expect((await schedule(MAYA, { ...atHarbourfront('2027-01-18T14:30:00Z'), studioId: studio('kits').id })).errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(trainer('maya').travelBufferMinutes).toBe(45);
    const vancouver = await scheduled(MAYA, {
      ...atHarbourfront('2027-01-18T15:45:00Z'),
      studioId: studio('kits').id,
      classTypeId: classType('maya', 'group'),
    });
    expect(vancouver).toMatchObject({ timeZone: 'America/Vancouver', rate: contractRate('maya', 'kits', 'group') });
  });

  it('lets exactly one of two requests for the same time win', async () => {
    const input = atHarbourfront('2027-01-19T15:00:00Z');
    const results = await Promise.all([schedule(MAYA, input), schedule(MAYA, input), schedule(MAYA, { ...input, studioId: studio('kits').id })]);
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    // The losers name the winner, in its studio's own time: 10:00 in Toronto is 07:00 in Vancouver.
    const named =
      winners[0].data!.scheduleAppointment.timeZone === 'America/Vancouver'
        ? 'Tue 19 Jan 07:00–08:00 Vancouver (PT) at Kitsilano Flow Studio.'
        : 'Tue 19 Jan 10:00–11:00 Toronto (ET) at Harbourfront Movement.';
    for (const loser of results.filter((r) => r.errors)) {
      expect(loser.errors![0].extensions?.code).toBe('CONFLICT');
      expect(loser.errors![0].message).toBe(`You already have a session then: ${named} Pick another time.`);
    }
    expect(await rowsBetween('maya', '2027-01-19T00:00:00Z', '2027-01-20T00:00:00Z')).toHaveLength(1);
  });

  it('keeps the trainer’s travel buffer between different places, but not at the same studio', async () => {
    await bed.owner.query(
      `insert into scheduling.trainer_settings (trainer_id, travel_buffer_minutes) values ($1, 30)
       on conflict (trainer_id) do update set travel_buffer_minutes = excluded.travel_buffer_minutes`,
      [trainer('noah').id],
    );
    try {
      const NOAH = 'noah@fitflow.demo';
      const kits = (startTime: string) => ({ classTypeId: classType('noah', 'individual'), startTime, locationType: 'STUDIO', studioId: studio('kits').id });
      await scheduled(NOAH, kits('2027-01-20T15:00:00Z')); // 07:00–08:00 Vancouver
      const online = (startTime: string) => ({
        classTypeId: classType('noah', 'individual'),
        startTime,
        locationType: 'ONLINE',
        locationDetails: 'https://meet.example/noah',
      });
      const tooSoon = await schedule(NOAH, online('2027-01-20T16:15:00Z'));
      expect(tooSoon.errors?.[0]).toMatchObject({
        message:
          'You already have a session then: Wed 20 Jan 07:00–08:00 Vancouver (PT) at Kitsilano Flow Studio. You keep 30 minutes between places. Pick another time.',
        extensions: { code: 'CONFLICT' },
      });
      await scheduled(NOAH, online('2027-01-20T16:30:00Z'));
      // Back to back at the same studio needs no travel.
      await scheduled(NOAH, kits('2027-01-20T14:00:00Z'));
    } finally {
      await bed.owner.query(`update scheduling.trainer_settings set travel_buffer_minutes = $2 where trainer_id = $1`, [
        trainer('noah').id,
        trainer('noah').travelBufferMinutes,
      ]);
    }
  });

  it('lets a Trainer Admin schedule for her team at their contract’s rate, and nobody else’s calendar', async () => {
    // Noah's weekly class that Thursday is the demo's; nothing may be added to it.
    const noahsBefore = (await rowsBetween('noah', '2027-01-21T00:00:00Z', '2027-01-22T00:00:00Z')).length;
    const forLiam = await scheduled(MAYA, {
      trainerId: trainer('liam').id,
      classTypeId: classType('liam', 'group'),
      startTime: '2027-01-21T23:00:00Z',
      locationType: 'STUDIO',
      studioId: studio('midtown').id,
    });
    expect(forLiam).toMatchObject({ trainer: { id: trainer('liam').id }, rate: contractRate('liam', 'midtown', 'group') });
    const liamForMaya = await schedule('liam@fitflow.demo', { ...atHarbourfront('2027-01-21T14:00:00Z'), trainerId: trainer('maya').id });
    expect(liamForMaya.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const mayaForNoah = await schedule(MAYA, {
      trainerId: trainer('noah').id,
      classTypeId: classType('noah', 'individual'),
      startTime: '2027-01-21T18:00:00Z',
      locationType: 'ONLINE',
    });
    expect(mayaForNoah.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const email of ['studio@harbourfront.demo', demoEmma().email]) {
      expect((await schedule(email, atHarbourfront('2027-01-21T14:00:00Z'))).errors?.[0].extensions?.code, email).toBe('FORBIDDEN');
    }
    expect((await run(bed.server, SCHEDULE, { input: atHarbourfront('2027-01-21T14:00:00Z') })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await rowsBetween('maya', '2027-01-21T00:00:00Z', '2027-01-22T00:00:00Z')).toHaveLength(0);
    expect(await rowsBetween('noah', '2027-01-21T00:00:00Z', '2027-01-22T00:00:00Z')).toHaveLength(noahsBefore);
  });

  it('refuses bad input with the field to change, and writes nothing', async () => {
    const day = '2027-01-22T';
    const cases: [Record<string, unknown>, string, string | RegExp][] = [
      [
        atHarbourfront(`${day}14:00:00Z`, { durationMinutes: 721 }),
        'durationMinutes',
        'durationMinutes must be at most 720 minutes (12 hours): shorten the session.',
      ],
      [
        atHarbourfront(`${day}14:00:00Z`, { durationMinutes: 0 }),
        'durationMinutes',
        /^durationMinutes must be at least 5 minutes: the end must come after the start/,
      ],
      [atHarbourfront('2025-01-22T14:00:00Z'), 'startTime', 'startTime has passed: pick a time from now on.'],
      [atHarbourfront(`${day}14:00:00Z`, { studioId: null }), 'studioId', 'A session at a studio needs studioId: say which studio.'],
      [atHarbourfront(`${day}14:00:00Z`, { locationType: 'ONLINE' }), 'studioId', /^studioId is only for sessions at a studio/],
      [atHarbourfront(`${day}14:00:00Z`, { locationDetails: 'x'.repeat(501) }), 'locationDetails', /at most 500 characters/],
      [atHarbourfront(`${day}14:00:00Z`, { rate: '10000.01' }), 'rate', /^rate must be from 0 to 10000.00/],
      [atHarbourfront(`${day}14:00:00Z`, { studioId: 'not-an-id' }), 'studioId', /^studioId must be a UUID/],
      [
        atHarbourfront(`${day}14:00:00Z`, { studioId: studio('midtown').id }),
        'studioId',
        'You have no active contract with Harbourfront Movement Midtown on 22 Jan 2027. Pick another studio or date, or agree a contract with the studio first.',
      ],
    ];
    for (const [input, field, message] of cases) {
      const error = (await schedule(MAYA, input)).errors?.[0];
      expect(error?.extensions, JSON.stringify(input).slice(0, 120)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      if (typeof message === 'string') expect(error?.message).toBe(message);
      else expect(error?.message).toMatch(message);
    }
    const notFound = [
      atHarbourfront(`${day}14:00:00Z`, { classTypeId: classType('liam', 'individual') }),
      atHarbourfront(`${day}14:00:00Z`, { classTypeId: UNKNOWN_ID }),
      atHarbourfront(`${day}14:00:00Z`, { studioId: UNKNOWN_ID }),
    ];
    const messages = [];
    for (const input of notFound) {
      const error = (await schedule(MAYA, input)).errors?.[0];
      expect(error?.extensions?.code).toBe('NOT_FOUND');
      messages.push(error?.message);
    }
    // Another trainer's class type answers exactly like an unknown one.
    expect(messages[0]).toBe(messages[1]);
    expect(await rowsBetween('maya', '2025-01-22T00:00:00Z', '2025-01-23T00:00:00Z')).toHaveLength(0);
    expect(await rowsBetween('maya', `${day}00:00:00Z`, '2027-01-23T00:00:00Z')).toHaveLength(0);
  });
});

describe('a trainer moves or cancels a session', () => {
  it('reschedules: new time and studio (and its rate), SEQUENCE bumped, the booked clients told', async () => {
    const session = await scheduled(MAYA, atHarbourfront('2027-01-25T14:00:00Z'));
    await book(session.id, demoEmma().id);
    await book(session.id, clientOf('maya', 1), 'waitlisted', 1);
    const result = await run(
      bed.server,
      RESCHEDULE,
      { id: session.id, input: { startTime: '2027-01-25T17:00:00Z', studioId: studio('kits').id, durationMinutes: 45 } },
      await as(MAYA),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.rescheduleAppointment).toMatchObject({
      startTime: '2027-01-25T17:00:00.000Z',
      endTime: '2027-01-25T17:45:00.000Z',
      timeZone: 'America/Vancouver',
      rate: contractRate('maya', 'kits', 'individual'),
      status: 'SCHEDULED',
    });
    const [row] = await rowsBetween('maya', '2027-01-25T17:00:00Z', '2027-01-25T18:00:00Z');
    expect(row.sequence).toBe(1);
    const events = await outboxOf(session.id);
    expect(events).toHaveLength(1);
    expect(events[0].event_type).toBe('appointment.rescheduled');
    expect([...events[0].client_ids].sort()).toEqual([demoEmma().id, clientOf('maya', 1)].sort());
    expect(events[0].payload).toMatchObject({
      previousStartTime: '2027-01-25T14:00:00.000Z',
      startTime: '2027-01-25T17:00:00.000Z',
      studioId: studio('kits').id,
    });
  });

  it('refuses to move a session onto another, and answers NOT_FOUND for a session outside the caller’s team', async () => {
    const first = await scheduled(MAYA, atHarbourfront('2027-01-26T14:00:00Z'));
    const second = await scheduled(MAYA, atHarbourfront('2027-01-26T16:00:00Z'));
    const onto = await run(bed.server, RESCHEDULE, { id: second.id, input: { startTime: '2027-01-26T14:30:00Z' } }, await as(MAYA));
    expect(onto.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', clashes: [{ appointmentId: first.id }] } });
    // Moving a session over its own old time is no clash.
    const itself = await run(bed.server, RESCHEDULE, { id: second.id, input: { startTime: '2027-01-26T16:30:00Z' } }, await as(MAYA));
    expect(itself.errors).toBeUndefined();
    for (const email of ['liam@fitflow.demo', 'noah@fitflow.demo']) {
      const foreign = await run(bed.server, RESCHEDULE, { id: first.id, input: { startTime: '2027-01-26T18:00:00Z' } }, await as(email));
      const unknown = await run(bed.server, RESCHEDULE, { id: UNKNOWN_ID, input: { startTime: '2027-01-26T18:00:00Z' } }, await as(email));
      expect(foreign.errors?.[0]).toEqual(unknown.errors?.[0]);
      expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect((await rowsBetween('maya', '2027-01-26T00:00:00Z', '2027-01-27T00:00:00Z')).map((r: { start_time: Date }) => r.start_time.toISOString())).toEqual([
      '2027-01-26T14:00:00.000Z',
      '2027-01-26T16:30:00.000Z',
    ]);
  });

  it('cancels: every booking cancelled, ONE outbox event naming the clients, SEQUENCE bumped, the time free again', async () => {
    const session = await scheduled(MAYA, atHarbourfront('2027-01-27T14:00:00Z'));
    await book(session.id, demoEmma().id);
    await book(session.id, clientOf('maya', 2), 'waitlisted', 1);
    const result = await run(bed.server, CANCEL, { id: session.id, reason: 'Studio closed for repairs' }, await as(MAYA));
    expect(result.errors).toBeUndefined();
    expect(result.data!.cancelAppointment).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Studio closed for repairs' });
    const bookings = await bed.owner.query(
      `select status, cancelled_at, waitlist_position, late_cancellation from scheduling.appointment_participants where appointment_id = $1`,
      [session.id],
    );
    expect(bookings).toHaveLength(2);
    for (const b of bookings)
      expect(b).toMatchObject({ status: 'cancelled', waitlist_position: null, late_cancellation: false, cancelled_at: expect.any(Date) });
    const events = await outboxOf(session.id);
    expect(events.map((e: { event_type: string }) => e.event_type)).toEqual(['appointment.cancelled']);
    expect([...events[0].client_ids].sort()).toEqual([demoEmma().id, clientOf('maya', 2)].sort());
    expect(JSON.stringify(events[0].payload)).not.toContain('repairs');
    const [row] = await rowsBetween('maya', '2027-01-27T14:00:00Z', '2027-01-27T14:01:00Z');
    expect(row).toMatchObject({ status: 'cancelled', sequence: 1 });
    // Cancelled sessions hold no time.
    await scheduled(MAYA, atHarbourfront('2027-01-27T14:00:00Z'));
    const again = await run(bed.server, CANCEL, { id: session.id, reason: 'again' }, await as(MAYA));
    expect(again.errors?.[0]).toMatchObject({ message: 'This session is cancelled; it cannot be cancelled.', extensions: { code: 'CONFLICT' } });
    const complete = await run(bed.server, COMPLETE, { id: session.id }, await as(MAYA));
    expect(complete.errors?.[0]).toMatchObject({ message: 'This session is cancelled; it cannot be completed.', extensions: { code: 'CONFLICT' } });
    const move = await run(bed.server, RESCHEDULE, { id: session.id, input: { startTime: '2027-01-27T18:00:00Z' } }, await as(MAYA));
    expect(move.errors?.[0]).toMatchObject({ message: 'This session is cancelled; it cannot be rescheduled.', extensions: { code: 'CONFLICT' } });
    const blank = await run(bed.server, CANCEL, { id: session.id, reason: '   ' }, await as(MAYA));
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });
});

describe('a trainer closes a session (completeAppointment, markAppointmentNoShow)', () => {
  /** A session of Maya's that has already happened: scheduled ahead, then moved into the past on the table. */
  async function pastSession(start: string) {
    const session = await scheduled(MAYA, atHarbourfront('2027-01-28T14:00:00Z'));
    await bed.owner.query(`update scheduling.appointments set start_time = $2, end_time = $2::timestamptz + interval '1 hour' where id = $1`, [
      session.id,
      start,
    ]);
    return session.id;
  }

  it('completes only after the end and once attendance is taken, saying what to do first', async () => {
    const id = await pastSession('2025-01-06T03:00:00Z');
    await book(id, demoEmma().id);
    const early = await run(bed.server, COMPLETE, { id }, await as(MAYA));
    expect(early.errors?.[0]).toMatchObject({
      message: 'Take attendance first: 1 confirmed participant has no attendance yet (markAttendance), then complete the session.',
      extensions: { code: 'CONFLICT' },
    });
    await bed.owner.query(`update scheduling.appointment_participants set attended = true where appointment_id = $1`, [id]);
    const done = await run(bed.server, COMPLETE, { id }, await as(MAYA));
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeAppointment.status).toBe('COMPLETED');
    const [row] = await bed.owner.query(`select sequence, completed_at from scheduling.appointments where id = $1`, [id]);
    expect(row).toMatchObject({ sequence: 1, completed_at: expect.any(Date) });
    const noShow = await run(bed.server, NO_SHOW, { id }, await as(MAYA));
    expect(noShow.errors?.[0].message).toBe('This session is completed; it cannot be marked a no-show.');
  });

  it('refuses to complete or mark a no-show before the session has happened', async () => {
    const future = await scheduled(MAYA, atHarbourfront('2027-01-29T14:00:00Z'));
    const complete = await run(bed.server, COMPLETE, { id: future.id }, await as(MAYA));
    expect(complete.errors?.[0]).toMatchObject({
      message: 'This session runs Fri 29 Jan 2027 09:00–10:00 Toronto (ET); complete it once it has ended.',
      extensions: { code: 'CONFLICT' },
    });
    expect((await run(bed.server, NO_SHOW, { id: future.id }, await as(MAYA))).errors?.[0].extensions?.code).toBe('CONFLICT');
    const past = await pastSession('2025-01-07T03:00:00Z');
    const noShow = await run(bed.server, NO_SHOW, { id: past }, await as(MAYA));
    expect(noShow.data?.markAppointmentNoShow.status).toBe('NO_SHOW');
    // Harbourfront's studio admin sees the session, but changes nothing.
    const studioAdmin = await run(bed.server, COMPLETE, { id: future.id }, await as('studio@harbourfront.demo'));
    expect(studioAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
