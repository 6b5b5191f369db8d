import { QueryCounter } from '@fitflow/kit';
import { demoAuth, demoStudio as studio, demoTenant, demoTrainer as trainer, executeAsJson as run, useSubgraphTestBed, UNKNOWN_ID } from '@fitflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchedulingServer } from '../../server.js';
import { forgetCalendarWritesSince, markNow } from '../appointment/test-bed.js';

/*
 * Recurring series as a trainer runs them: weekly classes that keep their local hour across
 * daylight-saving changes, refused whole when one date clashes, changed or cancelled "this and all
 * following". Times are in 2027, a distinct weekday and hour per test (series occupy 26 weeks).
 */

const counter = new QueryCounter();
const bed = useSubgraphTestBed('scheduling', buildSchedulingServer, { as: 'app', counter });
// The tests after this file read the demo tenant alone ("upcoming" has no end): what is written here goes afterwards.
let started: Date;
beforeAll(async () => {
  started = await markNow(bed.owner);
});
afterAll(() => forgetCalendarWritesSince(bed.owner, started));

const classType = (trainerKey: string, category: 'group' | 'individual' | 'trial') =>
  demoTenant().classTypes.find((c) => c.trainerId === trainer(trainerKey).id && c.category === category)!.id;
const clientOf = (trainerKey: string, n: number) => demoTenant().clients.filter((c) => c.trainerId === trainer(trainerKey).id)[n].id;

const SERIES_FIELDS = `id rrule timeZone firstStart durationMinutes status materialisedUntil locationType rate
  classType { id } trainer { id } studio { id } splitFrom { id status rrule }
  occurrences { id startTime endTime status recurrenceId timeZone series { id } }`;
const SCHEDULE_SERIES = `mutation ($input: ScheduleSeriesInput!) { scheduleSeries(input: $input) { ${SERIES_FIELDS} } }`;
const UPDATE_FROM = `mutation ($id: ID!, $input: UpdateSeriesInput!) { updateSeriesFrom(appointmentId: $id, input: $input) { ${SERIES_FIELDS} } }`;
const CANCEL_FROM = `mutation ($id: ID!, $reason: String!) { cancelSeriesFrom(appointmentId: $id, reason: $reason) { ${SERIES_FIELDS} } }`;
const SERIES = `query ($id: ID!) { appointmentSeries(id: $id) { ${SERIES_FIELDS} } }`;

type Occurrence = { id: string; startTime: string; endTime: string; status: string; recurrenceId: string; timeZone: string | null; series: { id: string } };
type Series = {
  id: string;
  rrule: string;
  firstStart: string;
  status: string;
  occurrences: Occurrence[];
  splitFrom: { id: string; status: string; rrule: string } | null;
  [k: string]: unknown;
};

async function scheduleSeries(email: string, input: Record<string, unknown>) {
  return run(bed.server, SCHEDULE_SERIES, { input }, await demoAuth(email));
}
async function scheduledSeries(email: string, input: Record<string, unknown>): Promise<Series> {
  const result = await scheduleSeries(email, input);
  expect(result.errors).toBeUndefined();
  return result.data!.scheduleSeries;
}
const weekly = (trainerKey: string, studioKey: string, firstStart: string, rrule: string, extra: Record<string, unknown> = {}) => ({
  classTypeId: classType(trainerKey, 'group'),
  locationType: 'STUDIO',
  studioId: studio(studioKey).id,
  firstStart,
  rrule,
  ...extra,
});
const seriesCount = async (trainerKey: string) =>
  Number((await bed.owner.query(`select count(*) from scheduling.appointment_series where trainer_id = $1`, [trainer(trainerKey).id]))[0].count);
const appointmentsBetween = async (trainerKey: string, from: string, to: string) =>
  bed.owner.query(
    `select id, series_id, recurrence_id, start_time, status from scheduling.appointments where trainer_id = $1 and start_time >= $2 and start_time < $3 order by start_time`,
    [trainer(trainerKey).id, from, to],
  );

describe('a weekly 07:00 class stays at 07:00 local across the change to daylight time (14 March 2027)', () => {
  it('at Harbourfront, in Toronto’s zone: 12:00Z before, 11:00Z after', async () => {
    const series = await scheduledSeries('maya@fitflow.demo', weekly('maya', 'harbourfront', '2027-03-07T07:00', 'FREQ=WEEKLY;BYDAY=SU;COUNT=3'));
    expect(series).toMatchObject({
      rrule: 'FREQ=WEEKLY;BYDAY=SU;COUNT=3',
      timeZone: 'America/Toronto',
      firstStart: '2027-03-07T07:00',
      durationMinutes: 60,
      status: 'ACTIVE',
      locationType: 'studio',
      rate: '55.00',
      classType: { id: classType('maya', 'group') },
      trainer: { id: trainer('maya').id },
      studio: { id: studio('harbourfront').id },
      splitFrom: null,
    });
    expect(series.occurrences.map((o) => [o.startTime, o.endTime])).toEqual([
      ['2027-03-07T12:00:00.000Z', '2027-03-07T13:00:00.000Z'],
      ['2027-03-14T11:00:00.000Z', '2027-03-14T12:00:00.000Z'],
      ['2027-03-21T11:00:00.000Z', '2027-03-21T12:00:00.000Z'],
    ]);
    for (const o of series.occurrences) {
      expect(o).toMatchObject({ status: 'SCHEDULED', recurrenceId: o.startTime, timeZone: 'America/Toronto', series: { id: series.id } });
    }
    const [audit] = await bed.owner.query(`select action from scheduling.audit_log where table_name = 'appointment_series' and record_id = $1`, [series.id]);
    expect(audit.action).toBe('create');
  });

  it('at Kitsilano, in Vancouver’s zone: 15:00Z before, 14:00Z after — and again in the autumn (7 November 2027)', async () => {
    const spring = await scheduledSeries('maya@fitflow.demo', weekly('maya', 'kits', '2027-03-06T07:00', 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20270320'));
    expect(spring.occurrences.map((o) => o.startTime)).toEqual(['2027-03-06T15:00:00.000Z', '2027-03-13T15:00:00.000Z', '2027-03-20T14:00:00.000Z']);
    const autumn = await scheduledSeries('maya@fitflow.demo', weekly('maya', 'kits', '2027-10-31T07:00', 'FREQ=WEEKLY;BYDAY=SU;COUNT=2'));
    expect(autumn.occurrences.map((o) => o.startTime)).toEqual(['2027-10-31T14:00:00.000Z', '2027-11-07T15:00:00.000Z']);
  });

  it('materialises 26 weeks of a long rule, and the rest later', async () => {
    const series = await scheduledSeries('liam@fitflow.demo', weekly('liam', 'midtown', '2027-04-06T06:00', 'FREQ=WEEKLY;BYDAY=TU;COUNT=40'));
    expect(series.occurrences).toHaveLength(26);
    expect(series.materialisedUntil).toBe(new Date(Date.parse('2027-04-06T10:00:00Z') + 26 * 7 * 86_400_000).toISOString());
  });
});

describe('what a series refuses, writing nothing', () => {
  it('a local time the clocks skip: 02:30 on 14 March 2027 in Toronto', async () => {
    const before = await seriesCount('maya');
    const result = await scheduleSeries('maya@fitflow.demo', weekly('maya', 'harbourfront', '2027-03-14T02:30', 'FREQ=WEEKLY;COUNT=4'));
    expect(result.errors?.[0]).toMatchObject({
      message: '14 March 2027 02:30 does not exist in Toronto (ET): clocks jump from 02:00 to 03:00. Pick another time.',
      extensions: { code: 'BAD_USER_INPUT', field: 'firstStart' },
    });
    expect(await seriesCount('maya')).toBe(before);
  });

  it('a rule of more than 500 occurrences, though only 26 weeks would be written now', async () => {
    const result = await scheduleSeries('maya@fitflow.demo', weekly('maya', 'harbourfront', '2027-04-01T05:00', 'FREQ=DAILY;UNTIL=20281231'));
    expect(result.errors?.[0]).toMatchObject({
      message: 'rrule makes 641 occurrences; a series has at most 500: end it sooner (UNTIL or COUNT) or split it.',
      extensions: { code: 'BAD_USER_INPUT', field: 'rrule' },
    });
    for (const [rrule, message] of [
      ['FREQ=MONTHLY;COUNT=3', /^Only FREQ=WEEKLY and FREQ=DAILY are supported/],
      ['FREQ=WEEKLY;BYDAY=TU', /^rrule never ends/],
      ['FREQ=WEEKLY;BYDAY=TUE;COUNT=3', /^rrule: BYDAY=TUE is not a day/],
    ] as const) {
      const refused = await scheduleSeries('maya@fitflow.demo', weekly('maya', 'harbourfront', '2027-04-06T05:00', rrule));
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rrule' });
      expect(refused.errors?.[0].message).toMatch(message);
    }
    expect(await appointmentsBetween('maya', '2027-04-01T00:00:00Z', '2027-04-10T00:00:00Z')).toEqual([]);
  });

  it('a series with one clashing date, listing that date, with nothing written', async () => {
    // Liam already teaches a one-off at Harbourfront on Wednesday 21 April 2027, 12:30–13:30 Toronto.
    const oneOff = await run(
      bed.server,
      `mutation ($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { id } }`,
      {
        input: { classTypeId: classType('liam', 'individual'), startTime: '2027-04-21T16:30:00Z', locationType: 'STUDIO', studioId: studio('harbourfront').id },
      },
      await demoAuth('liam@fitflow.demo'),
    );
    expect(oneOff.errors).toBeUndefined();
    const before = await seriesCount('liam');
    const result = await scheduleSeries('liam@fitflow.demo', weekly('liam', 'midtown', '2027-04-07T12:00', 'FREQ=WEEKLY;BYDAY=WE;COUNT=6'));
    expect(result.errors?.[0]).toMatchObject({
      message:
        '1 of the series’ dates clash with sessions you already have: 21 Apr 2027 (Wed 21 Apr 2027 12:30–13:30 Toronto (ET) at Harbourfront Movement). Change the series’ time or days, or move those sessions first; nothing was scheduled.',
      extensions: {
        code: 'CONFLICT',
        clashes: [
          {
            date: '2027-04-21',
            occurrenceStart: '2027-04-21T16:00:00.000Z',
            appointmentId: oneOff.data!.scheduleAppointment.id,
            startTime: '2027-04-21T16:30:00.000Z',
            endTime: '2027-04-21T17:30:00.000Z',
            studioId: studio('harbourfront').id,
          },
        ],
      },
    });
    expect(await seriesCount('liam')).toBe(before);
    // On Wednesdays (Liam's Tuesday series of another test aside) only the one-off is there.
    const wednesdays = (await appointmentsBetween('liam', '2027-04-07T00:00:00Z', '2027-05-13T00:00:00Z')).filter(
      (r: { start_time: Date }) => r.start_time.getUTCDay() === 3,
    );
    expect(wednesdays.map((r: { id: string }) => r.id)).toEqual([oneOff.data!.scheduleAppointment.id]);
  });

  it('a studio without a contract, a zone that is not the studio’s, a series elsewhere without a zone, and other trainers’ calendars', async () => {
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['liam@fitflow.demo', weekly('liam', 'kits', '2027-04-08T05:00', 'FREQ=WEEKLY;COUNT=2'), 'BAD_USER_INPUT', 'studioId'],
      [
        'maya@fitflow.demo',
        weekly('maya', 'harbourfront', '2027-04-08T05:00', 'FREQ=WEEKLY;COUNT=2', { timeZone: 'America/Vancouver' }),
        'BAD_USER_INPUT',
        'timeZone',
      ],
      [
        'maya@fitflow.demo',
        { ...weekly('maya', 'harbourfront', '2027-04-08T05:00', 'FREQ=WEEKLY;COUNT=2'), locationType: 'ONLINE', studioId: null },
        'BAD_USER_INPUT',
        'timeZone',
      ],
      ['maya@fitflow.demo', weekly('maya', 'harbourfront', '2027-04-07T05:00', 'FREQ=WEEKLY;BYDAY=TH;COUNT=2'), 'BAD_USER_INPUT', 'firstStart'],
      ['maya@fitflow.demo', weekly('maya', 'harbourfront', '2025-04-08T05:00', 'FREQ=WEEKLY;COUNT=2'), 'BAD_USER_INPUT', 'firstStart'],
    ];
    const before = [await seriesCount('maya'), await seriesCount('liam')];
    for (const [email, input, code, field] of cases) {
      const error = (await scheduleSeries(email, input)).errors?.[0];
      expect(error?.extensions, `${field}: ${error?.message}`).toMatchObject({ code, field });
    }
    expect(
      (
        await scheduleSeries('liam@fitflow.demo', {
          ...weekly('maya', 'harbourfront', '2027-04-08T05:00', 'FREQ=WEEKLY;COUNT=2'),
          trainerId: trainer('maya').id,
        })
      ).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await scheduleSeries('studio@harbourfront.demo', weekly('maya', 'harbourfront', '2027-04-08T05:00', 'FREQ=WEEKLY;COUNT=2'))).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await scheduleSeries('maya@fitflow.demo', weekly('liam', 'harbourfront', '2027-04-08T05:00', 'FREQ=WEEKLY;COUNT=2'))).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    expect([await seriesCount('maya'), await seriesCount('liam')]).toEqual(before);
  });

  it('an online series in the zone given', async () => {
    const series = await scheduledSeries('maya@fitflow.demo', {
      classTypeId: classType('maya', 'individual'),
      locationType: 'ONLINE',
      locationDetails: 'https://meet.example/maya',
      timeZone: 'America/Vancouver',
      firstStart: '2027-03-09T05:00',
      rrule: 'FREQ=WEEKLY;COUNT=2',
    });
    expect(series).toMatchObject({ timeZone: 'America/Vancouver', rate: null, studio: null });
    expect(series.occurrences.map((o) => o.startTime)).toEqual(['2027-03-09T13:00:00.000Z', '2027-03-16T12:00:00.000Z']);
  });
});

describe('one occurrence, or this and all following', () => {
  const NOAH = 'noah@fitflow.demo';
  const auth = () => demoAuth(NOAH);

  it('moves or cancels one occurrence as an exception: it keeps its series and RECURRENCE-ID', async () => {
    const series = await scheduledSeries(NOAH, weekly('noah', 'kits', '2027-06-01T19:00', 'FREQ=WEEKLY;BYDAY=TU;COUNT=3'));
    const [first, second] = series.occurrences;
    const moved = await run(
      bed.server,
      `mutation ($id: ID!) { rescheduleAppointment(id: $id, input: { startTime: "2027-06-02T03:30:00Z" }) { id startTime recurrenceId series { id } } }`,
      { id: first.id },
      await auth(),
    );
    expect(moved.data!.rescheduleAppointment).toEqual({
      id: first.id,
      startTime: '2027-06-02T03:30:00.000Z',
      recurrenceId: first.recurrenceId,
      series: { id: series.id },
    });
    const cancelled = await run(
      bed.server,
      `mutation ($id: ID!) { cancelAppointment(id: $id, reason: "Holiday") { status recurrenceId series { id } } }`,
      { id: second.id },
      await auth(),
    );
    expect(cancelled.data!.cancelAppointment).toEqual({ status: 'CANCELLED', recurrenceId: second.recurrenceId, series: { id: series.id } });
  });

  it('changes the time from the third occurrence on: the series splits, booked sessions move with their bookings, the others are replaced', async () => {
    // Mondays and Wednesdays at 07:00 Vancouver, eight times.
    const series = await scheduledSeries(NOAH, weekly('noah', 'kits', '2027-05-03T07:00', 'FREQ=WEEKLY;BYDAY=MO,WE;COUNT=8'));
    const occ = series.occurrences;
    expect(occ.map((o) => o.startTime.slice(0, 10))).toEqual([
      '2027-05-03',
      '2027-05-05',
      '2027-05-10',
      '2027-05-12',
      '2027-05-17',
      '2027-05-19',
      '2027-05-24',
      '2027-05-26',
    ]);
    const client = clientOf('noah', 0);
    await bed.owner.query(`insert into scheduling.appointment_participants (appointment_id, client_id) values ($1, $2)`, [occ[4].id, client]);

    const result = await run(bed.server, UPDATE_FROM, { id: occ[2].id, input: { localStartTime: '08:15', durationMinutes: 45 } }, await auth());
    expect(result.errors).toBeUndefined();
    const next: Series = result.data!.updateSeriesFrom;
    expect(next).toMatchObject({ firstStart: '2027-05-10T08:15', rrule: 'FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6', status: 'ACTIVE', durationMinutes: 45 });
    expect(next.splitFrom).toEqual({ id: series.id, status: 'ENDED', rrule: 'FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270510T135959Z' });
    // 08:15 PDT is 15:15Z, for 45 minutes, on the same six days.
    expect(next.occurrences.map((o) => [o.startTime, o.endTime])).toEqual(
      ['2027-05-10', '2027-05-12', '2027-05-17', '2027-05-19', '2027-05-24', '2027-05-26'].map((d) => [`${d}T15:15:00.000Z`, `${d}T16:00:00.000Z`]),
    );
    // The booked session is the same appointment, now in the new series, its booking kept and the client told.
    const movedOne = next.occurrences.find((o) => o.id === occ[4].id);
    expect(movedOne).toMatchObject({ startTime: '2027-05-17T15:15:00.000Z', recurrenceId: '2027-05-17T15:15:00.000Z', series: { id: next.id } });
    const [booking] = await bed.owner.query(`select status from scheduling.appointment_participants where appointment_id = $1`, [occ[4].id]);
    expect(booking.status).toBe('confirmed');
    const events = await bed.owner.query(`select event_type, client_ids from scheduling.outbox where appointment_id = $1`, [occ[4].id]);
    expect(events).toEqual([{ event_type: 'appointment.rescheduled', client_ids: [client] }]);
    // The unbooked old occurrences from the third on are gone; the first two stay in the old series.
    const left = await bed.owner.query(`select id from scheduling.appointments where id = any($1::uuid[])`, [occ.map((o) => o.id)]);
    expect(left.map((r: { id: string }) => r.id).sort()).toEqual([occ[0].id, occ[1].id, occ[4].id].sort());
    const old = await run(bed.server, SERIES, { id: series.id }, await auth());
    expect(old.data!.appointmentSeries.occurrences.map((o: Occurrence) => o.id)).toEqual([occ[0].id, occ[1].id]);

    // A new rule without Mondays would leave the booked Monday 17 May without a session: refused, nothing changed.
    const dropped = await run(bed.server, UPDATE_FROM, { id: next.occurrences[1].id, input: { rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=3' } }, await auth());
    expect(dropped.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(dropped.errors?.[0].message).toMatch(/^These sessions have bookings and the new rule has no session on their day: Mon 17 May 2027\./);
    const same = await run(bed.server, SERIES, { id: next.id }, await auth());
    expect(same.data!.appointmentSeries.occurrences).toHaveLength(6);

    // The old series has ended: it can no longer be changed from one of its occurrences.
    const fromOld = await run(bed.server, CANCEL_FROM, { id: occ[1].id, reason: 'x' }, await auth());
    expect(fromOld.errors?.[0].extensions?.code).toBe('CONFLICT');

    // Cancel from the 17 May session on: its booking is cancelled and the client told; the series ends before it.
    const cancelled = await run(bed.server, CANCEL_FROM, { id: occ[4].id, reason: 'Studio renovation' }, await auth());
    expect(cancelled.errors).toBeUndefined();
    const after: Series = cancelled.data!.cancelSeriesFrom;
    expect(after.status).toBe('ENDED');
    expect(after.rrule).toBe('FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270517T151459Z');
    expect(after.occurrences.map((o) => o.status)).toEqual(['SCHEDULED', 'SCHEDULED', 'CANCELLED', 'CANCELLED', 'CANCELLED', 'CANCELLED']);
    const [cancelledBooking] = await bed.owner.query(`select status from scheduling.appointment_participants where appointment_id = $1`, [occ[4].id]);
    expect(cancelledBooking.status).toBe('cancelled');
    const told = await bed.owner.query(`select event_type from scheduling.outbox where appointment_id = $1 order by created_at`, [occ[4].id]);
    expect(told.map((e: { event_type: string }) => e.event_type)).toEqual(['appointment.rescheduled', 'appointment.cancelled']);
  });

  it('refuses a change that clashes on any date, naming each; and answers for a one-off or a foreign occurrence', async () => {
    const series = await scheduledSeries(NOAH, weekly('noah', 'kits', '2027-06-07T13:00', 'FREQ=WEEKLY;BYDAY=MO;COUNT=4'));
    // Noah teaches at 14:00 Vancouver on 21 June: the rest of the series cannot move to 13:30.
    const oneOff = await run(
      bed.server,
      `mutation ($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { id } }`,
      { input: { classTypeId: classType('noah', 'individual'), startTime: '2027-06-21T21:00:00Z', locationType: 'STUDIO', studioId: studio('kits').id } },
      await auth(),
    );
    expect(oneOff.errors).toBeUndefined();
    const clash = await run(bed.server, UPDATE_FROM, { id: series.occurrences[1].id, input: { localStartTime: '13:30' } }, await auth());
    expect(clash.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      clashes: [{ date: '2027-06-21', appointmentId: oneOff.data!.scheduleAppointment.id }],
    });
    const still = await run(bed.server, SERIES, { id: series.id }, await auth());
    expect(still.data!.appointmentSeries).toMatchObject({ status: 'ACTIVE', splitFrom: null });
    expect(still.data!.appointmentSeries.occurrences.map((o: Occurrence) => o.startTime.slice(11, 16))).toEqual(['20:00', '20:00', '20:00', '20:00']);

    const notInSeries = await run(bed.server, UPDATE_FROM, { id: oneOff.data!.scheduleAppointment.id, input: { localStartTime: '09:00' } }, await auth());
    expect(notInSeries.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'appointmentId' });
    const foreign = await run(bed.server, CANCEL_FROM, { id: series.occurrences[1].id, reason: 'x' }, await demoAuth('liam@fitflow.demo'));
    const unknown = await run(bed.server, CANCEL_FROM, { id: UNKNOWN_ID, reason: 'x' }, await demoAuth('liam@fitflow.demo'));
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(foreign.errors?.[0]).toEqual(unknown.errors?.[0]);
    const badTime = await run(bed.server, UPDATE_FROM, { id: series.occurrences[1].id, input: { localStartTime: '25:00' } }, await auth());
    expect(badTime.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'localStartTime' });
  });
});

describe('no N+1 on series', () => {
  it('resolves the series (with its class type and occurrences) of ten occurrences in as many statements as of one', async () => {
    await scheduledSeries('noah@fitflow.demo', weekly('noah', 'kits', '2027-07-05T10:00', 'FREQ=DAILY;COUNT=10'));
    const query = `query ($r: [_Any!]!, $from: DateTime!, $to: DateTime!) { _entities(representations: $r) { ... on Trainer {
      appointments(from: $from, to: $to, first: 50) { edges { node { id recurrenceId series { id rrule classType { id } occurrences(from: $from, to: $to) { id } } } } } } } }`;
    const auth = await demoAuth('noah@fitflow.demo');
    const count = async (to: string) => {
      counter.reset();
      const result = await run(bed.server, query, { r: [{ __typename: 'Trainer', id: trainer('noah').id }], from: '2027-07-05T00:00:00Z', to }, auth);
      expect(result.errors).toBeUndefined();
      return { statements: counter.count, sessions: result.data!._entities[0].appointments.edges.length };
    };
    const one = await count('2027-07-06T00:00:00Z');
    const ten = await count('2027-07-15T00:00:00Z');
    expect([one.sessions, ten.sessions]).toEqual([1, 10]);
    expect(ten.statements).toBe(one.statements);
  });
});
