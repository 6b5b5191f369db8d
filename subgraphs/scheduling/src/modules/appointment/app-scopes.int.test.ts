import { demoAppAuth, demoAuth, demoStudio as studio, demoTenant, demoTrainer as trainer, executeAsJson as run, useSubgraphTestBed } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { buildSchedulingServer } from '../../server.js';

/** Third-party apps at the scheduling subgraph, called directly: field scopes, then the owner's walls (docs/scopes.md). */
const bed = useSubgraphTestBed('scheduling', buildSchedulingServer);

const DAY = 24 * 60 * 60 * 1000;
/** A window around now that holds demo sessions (the demo tenant's calendar is built around its `now`). */
const window = () => ({ from: new Date(Date.now() - 14 * DAY).toISOString(), to: new Date(Date.now() + 28 * DAY).toISOString() });
const inWindow = (start: Date) => start.toISOString() >= window().from && start.toISOString() < window().to;

/** A studio's timetable (`_entities` of the studio), with `extra` selected on each session. */
const timetable = (extra = '') => `
  query Timetable($r: [_Any!]!, $from: DateTime!, $to: DateTime!) {
    _entities(representations: $r) {
      ... on Studio {
        id
        appointments(from: $from, to: $to, first: 100) {
          edges { node { id startTime endTime status timeZone classType { name category durationMinutes } placesLeft headCount capacity trainer { id } studio { id } ${extra} } }
          pageInfo { hasNextPage }
        }
      }
    }
  }`;
const STUDIO_TIMETABLE = timetable();

const studioRef = (key: string) => [{ __typename: 'Studio', id: studio(key).id }];
const nodes = (result: { data?: any }) => (result.data?._entities[0]?.appointments.edges ?? []).map((e: { node: { id: string } }) => e.node);

const HARBOURFRONT_ADMIN = 'studio@harbourfront.demo';
const MAYA = 'maya@fitflow.demo';

describe('an app with schedule:read, at the scheduling subgraph', () => {
  it("reads its owner's studio timetable: times, class, places left, as its owner sees them", async () => {
    const harbourfront = studio('harbourfront');
    const variables = { r: studioRef('harbourfront'), ...window() };
    const app = await run(bed.server, STUDIO_TIMETABLE, variables, await demoAppAuth(HARBOURFRONT_ADMIN, ['schedule:read']));
    expect(app.errors).toBeUndefined();
    const owner = await run(bed.server, STUDIO_TIMETABLE, variables, await demoAuth(HARBOURFRONT_ADMIN));
    expect(app.data).toEqual(owner.data);

    const demo = demoTenant().appointments.filter((a) => a.studioId === harbourfront.id && inWindow(a.startTime));
    expect(demo.length, 'the demo tenant has sessions at Harbourfront around now').toBeGreaterThan(2);
    const seen = nodes(app);
    expect(seen.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining(demo.map((a) => a.id)));
    const first = seen.find((a: { id: string }) => a.id === demo[0].id);
    const classType = demoTenant().classTypes.find((c) => c.id === demo[0].classTypeId)!;
    expect(first).toMatchObject({
      startTime: demo[0].startTime.toISOString(),
      timeZone: harbourfront.timeZone,
      classType: { name: classType.name },
      trainer: { id: demo[0].trainerId },
      studio: { id: harbourfront.id },
    });
    expect(first.placesLeft).toBe(Math.max(0, first.capacity - first.headCount));
  });

  it('is refused the participants (clients:read), naming the field and the scope; its owner is not', async () => {
    const variables = { r: studioRef('harbourfront'), ...window() };
    const app = await run(bed.server, timetable('participants { id }'), variables, await demoAppAuth(MAYA, ['schedule:read']));
    expect(app.errors?.length).toBeGreaterThan(0);
    for (const error of app.errors!) {
      expect(error).toMatchObject({
        message: 'This app may not use Appointment.participants: it needs the scope clients:read, which the app was not granted.',
        extensions: { code: 'FORBIDDEN' },
      });
    }
    const owner = await run(bed.server, timetable('participants { id }'), variables, await demoAuth(MAYA));
    expect(owner.errors).toBeUndefined();
    expect(nodes(owner).some((a: { participants: unknown[] }) => a.participants.length > 0)).toBe(true);
  });

  it('is refused what no scope reaches (a session’s rate, its series, the trainer’s availability) and what bookings:write does', async () => {
    const auth = await demoAppAuth(MAYA, ['schedule:read']);
    const variables = { r: studioRef('harbourfront'), ...window() };
    for (const [field, coordinate] of [
      ['rate', 'Appointment.rate'],
      ['series { id }', 'Appointment.series'],
      ['locationDetails', 'Appointment.locationDetails'],
    ]) {
      const result = await run(bed.server, timetable(field), variables, auth);
      expect(result.errors?.[0]).toMatchObject({ message: `This app may not use ${coordinate}: no app scope reaches it.`, extensions: { code: 'FORBIDDEN' } });
    }
    const availability = await run(
      bed.server,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { availability { id } } } }',
      { r: [{ __typename: 'Trainer', id: trainer('maya').id }] },
      auth,
    );
    expect(availability.errors?.[0].message).toBe('This app may not use Trainer.availability: no app scope reaches it.');

    const appointment = demoTenant().appointments.find((a) => a.trainerId === trainer('maya').id && a.status === 'scheduled' && a.startTime > new Date())!;
    const booking = await run(
      bed.server,
      'mutation($a: ID!, $c: ID!) { bookClient(appointmentId: $a, clientId: $c) { id } }',
      { a: appointment.id, c: demoTenant().clients.find((c) => c.trainerId === trainer('maya').id)!.id },
      auth,
    );
    expect(booking.data).toBeNull();
    expect(booking.errors?.[0]).toMatchObject({
      message: 'This app may not use Mutation.bookClient: it needs the scope bookings:write, which the app was not granted.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it("never shows an app of Maya's Noah's sessions: the same walls as Maya", async () => {
    const noah = trainer('noah');
    const mayaApp = await demoAppAuth(MAYA, ['schedule:read']);
    const maya = await demoAuth(MAYA);

    // Kitsilano, where both Maya and Noah teach: Maya's sessions there, never Noah's.
    const variables = { r: studioRef('kits'), ...window() };
    const app = await run(bed.server, STUDIO_TIMETABLE, variables, mayaApp);
    expect(app.errors).toBeUndefined();
    expect(app.data).toEqual((await run(bed.server, STUDIO_TIMETABLE, variables, maya)).data);
    const noahsThere = demoTenant().appointments.filter((a) => a.trainerId === noah.id && inWindow(a.startTime));
    expect(noahsThere.length, 'the demo tenant has sessions of Noah around now').toBeGreaterThan(0);
    expect(nodes(app).filter((a: { trainer: { id: string } }) => a.trainer.id === noah.id)).toEqual([]);

    // Noah's schedule and one of his sessions by id: refused exactly as Maya is.
    const schedule =
      'query($r: [_Any!]!, $from: DateTime!, $to: DateTime!) { _entities(representations: $r) { ... on Trainer { appointments(from: $from, to: $to) { edges { node { id } } } } } }';
    const noahVariables = { r: [{ __typename: 'Trainer', id: noah.id }], ...window() };
    const refused = await run(bed.server, schedule, noahVariables, mayaApp);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused).toEqual(await run(bed.server, schedule, noahVariables, maya));

    const one = 'query($id: ID!) { appointment(id: $id) { id startTime } }';
    const byId = await run(bed.server, one, { id: noahsThere[0].id }, mayaApp);
    expect(byId.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(byId).toEqual(await run(bed.server, one, { id: noahsThere[0].id }, maya));
  });
});

describe('an app with bookings:write, at the scheduling subgraph', () => {
  it('is refused a booking that would return the client (clients:read) before anything is booked', async () => {
    const maya = trainer('maya');
    const appointment = demoTenant().appointments.find((a) => a.trainerId === maya.id && a.status === 'scheduled' && a.startTime > new Date())!;
    const booked = new Set(appointment.participants.map((p) => p.clientId));
    const client = demoTenant().clients.find((c) => c.trainerId === maya.id && !booked.has(c.id))!;
    const rows = async () =>
      Number(
        (
          await bed.owner.query('select count(*)::int as n from scheduling.appointment_participants where appointment_id = $1 and client_id = $2', [
            appointment.id,
            client.id,
          ])
        )[0].n,
      );
    const before = await rows();
    const result = await run(
      bed.server,
      'mutation($a: ID!, $c: ID!) { bookClient(appointmentId: $a, clientId: $c) { id status client { id } } }',
      { a: appointment.id, c: client.id },
      await demoAppAuth(MAYA, ['bookings:write', 'schedule:read']),
    );
    expect(result).toEqual({
      data: null,
      errors: [
        expect.objectContaining({
          message: 'This app may not use AppointmentParticipant.client: it needs the scope clients:read, which the app was not granted.',
          extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
        }),
      ],
    });
    expect(await rows()).toBe(before);
  });
});

describe('an app with invoices:read only, at the scheduling subgraph', () => {
  it('is refused the timetable, naming schedule:read', async () => {
    const result = await run(
      bed.server,
      STUDIO_TIMETABLE,
      { r: studioRef('harbourfront'), ...window() },
      await demoAppAuth(HARBOURFRONT_ADMIN, ['invoices:read']),
    );
    expect(result.errors?.[0]).toMatchObject({
      message: 'This app may not use Studio.appointments: it needs the scope schedule:read, which the app was not granted.',
      extensions: { code: 'FORBIDDEN' },
    });
  });
});
