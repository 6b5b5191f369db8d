import { headCountOf, type DemoAppointment } from '@fitflow/demo';
import { QueryCounter } from '@fitflow/kit';
import {
  demoAuth,
  demoEmma as emma,
  demoStudio as studio,
  demoTenant,
  demoTrainer as trainer,
  testEnv,
  useSubgraphTestBed,
  executeAsJson,
  UNKNOWN_ID,
} from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { buildSchedulingServer } from '../server.js';

/**
 * Schedules: a trainer admin sees their team's sessions, a studio admin the sessions of their
 * studios and the locations below them — with head counts but not who the clients are — and a client
 * only their own booking (docs/domain.md, Roles).
 */

const counter = new QueryCounter();
// The runtime role, as in production: the published studios views must be readable by it.
const bed = useSubgraphTestBed('scheduling', buildSchedulingServer, { counter, as: 'app' });

const run = executeAsJson;

const tenant = () => demoTenant();
const byStart = (a: DemoAppointment, b: DemoAppointment) => a.startTime.getTime() - b.startTime.getTime() || a.id.localeCompare(b.id);
const ids = (edges: { node: { id: string } }[]) => edges.map((e) => e.node.id);
const clientIds = (participants: { client: { id: string } }[]) => participants.map((p) => p.client.id).sort();

/** Four weeks around the demo's reference time. */
const window = () => {
  const from = new Date(Date.parse(testEnv().now) - 14 * 86_400_000);
  return { from, to: new Date(from.getTime() + 28 * 86_400_000) };
};
const inWindow = (a: DemoAppointment) => a.startTime >= window().from && a.startTime < window().to;

const TRAINER_SCHEDULE = /* GraphQL */ `
  query ($r: [_Any!]!, $from: DateTime!, $to: DateTime!) {
    _entities(representations: $r) {
      ... on Trainer {
        id
        appointments(from: $from, to: $to, first: 100) {
          edges {
            node {
              id
              headCount
              participants {
                client {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`;
const STUDIO_SCHEDULE = /* GraphQL */ `
  query ($r: [_Any!]!, $from: DateTime!, $to: DateTime!) {
    _entities(representations: $r) {
      ... on Studio {
        appointments(from: $from, to: $to, first: 100) {
          edges {
            node {
              id
              headCount
              participants {
                client {
                  id
                }
              }
            }
          }
        }
      }
    }
  }
`;
const APPOINTMENT = 'query($id: ID!) { appointment(id: $id) { id headCount participants { client { id } } } }';

const trainerSchedule = async (email: string, trainerKey: string) => {
  const { from, to } = window();
  return run(
    bed.server,
    TRAINER_SCHEDULE,
    { r: [{ __typename: 'Trainer', id: trainer(trainerKey).id }], from: from.toISOString(), to: to.toISOString() },
    await demoAuth(email),
  );
};

describe('a trainer admin sees their team’s schedule (studios.trainer_directory)', () => {
  it("shows Maya Liam's sessions with every participant", async () => {
    const expected = tenant()
      .appointments.filter((a) => a.trainerId === trainer('liam').id && inWindow(a))
      .sort(byStart);
    const result = await trainerSchedule('maya@fitflow.demo', 'liam');
    expect(result.errors).toBeUndefined();
    const edges = result.data!._entities[0].appointments.edges;
    expect(expected.length).toBeGreaterThan(10);
    expect(ids(edges)).toEqual(expected.map((a) => a.id));
    for (const [i, { node }] of edges.entries()) expect(clientIds(node.participants)).toEqual(expected[i].participants.map((p) => p.clientId).sort());
  });

  it("refuses Liam Maya's schedule, Sofia her team peer Liam's, and Maya an independent trainer's (FORBIDDEN)", async () => {
    for (const [email, of] of [
      ['liam@fitflow.demo', 'maya'],
      ['sofia@fitflow.demo', 'liam'],
      ['maya@fitflow.demo', 'noah'],
    ]) {
      const result = await trainerSchedule(email, of);
      expect(result.errors?.[0].extensions?.code, `${email} → ${of}`).toBe('FORBIDDEN');
    }
  });

  it("lets Maya read one of Liam's sessions by id, and answers Liam for one of Maya's exactly as for an unknown id", async () => {
    const liams = tenant().appointments.find((a) => a.trainerId === trainer('liam').id)!;
    const mine = await run(bed.server, APPOINTMENT, { id: liams.id }, await demoAuth('maya@fitflow.demo'));
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.appointment).toEqual({
      id: liams.id,
      headCount: headCountOf(liams),
      participants: liams.participants.map((p) => ({ client: { id: p.clientId } })),
    });
    const liam = await demoAuth('liam@fitflow.demo');
    const mayas = await run(bed.server, APPOINTMENT, { id: tenant().appointments.find((a) => a.trainerId === trainer('maya').id)!.id }, liam);
    const unknown = await run(bed.server, APPOINTMENT, { id: UNKNOWN_ID }, liam);
    expect(mayas.errors?.[0]).toMatchObject({ message: 'Appointment not found.', extensions: { code: 'NOT_FOUND' } });
    expect(mayas.errors?.[0]).toEqual(unknown.errors?.[0]);
  });
});

describe('a studio admin sees the schedule of their studios and the locations below them (studios.studio_directory)', () => {
  const studioSchedule = async (email: string, studioKey: string) => {
    const { from, to } = window();
    return run(
      bed.server,
      STUDIO_SCHEDULE,
      { r: [{ __typename: 'Studio', id: studio(studioKey).id }], from: from.toISOString(), to: to.toISOString() },
      await demoAuth(email),
    );
  };

  it("shows Harbourfront's admin Midtown's sessions and head counts, but no participant", async () => {
    const expected = tenant()
      .appointments.filter((a) => a.studioId === studio('midtown').id && inWindow(a))
      .sort(byStart);
    const result = await studioSchedule('studio@harbourfront.demo', 'midtown');
    expect(result.errors).toBeUndefined();
    const nodes = result.data!._entities[0].appointments.edges.map((e: { node: unknown }) => e.node);
    expect(expected.length).toBeGreaterThan(10);
    expect(nodes).toEqual(expected.map((a) => ({ id: a.id, headCount: headCountOf(a), participants: [] })));
  });

  it("shows Kitsilano's admin none of Midtown's sessions, and NOT_FOUND for one of them", async () => {
    const result = await studioSchedule('studio@kitsflow.demo', 'midtown');
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].appointments.edges).toEqual([]);
    const midtown = tenant().appointments.find((a) => a.studioId === studio('midtown').id)!;
    const one = await run(bed.server, APPOINTMENT, { id: midtown.id }, await demoAuth('studio@kitsflow.demo'));
    expect(one.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const harbourfront = await run(bed.server, APPOINTMENT, { id: midtown.id }, await demoAuth('studio@harbourfront.demo'));
    expect(harbourfront.data!.appointment).toEqual({ id: midtown.id, headCount: headCountOf(midtown), participants: [] });
  });

  it("lists a trainer's schedule to a studio admin only where it is theirs: Sofia's Midtown sessions, not her Kitsilano ones", async () => {
    const expected = tenant()
      .appointments.filter((a) => a.trainerId === trainer('sofia').id && a.studioId === studio('midtown').id && inWindow(a))
      .sort(byStart);
    const result = await trainerSchedule('studio@harbourfront.demo', 'sofia');
    expect(result.errors).toBeUndefined();
    expect(ids(result.data!._entities[0].appointments.edges)).toEqual(expected.map((a) => a.id));
  });

  it('does not tell a studio admin which sessions a client has booked (Client.upcomingAppointments)', async () => {
    const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { upcomingAppointments(first: 50) { id } } } }';
    const r = [{ __typename: 'Client', id: emma().id }];
    const now = new Date();
    const booked = tenant().appointments.filter(
      (a) => a.status === 'scheduled' && a.startTime >= now && a.studioId === studio('harbourfront').id && a.participants.some((p) => p.clientId === emma().id),
    );
    expect(booked.length).toBeGreaterThan(0);
    const asStudio = await run(bed.server, query, { r }, await demoAuth('studio@harbourfront.demo'));
    expect(asStudio.errors).toBeUndefined();
    expect(asStudio.data!._entities[0].upcomingAppointments).toEqual([]);
    const asTrainer = await run(bed.server, query, { r }, await demoAuth('maya@fitflow.demo'));
    expect(asTrainer.data!._entities[0].upcomingAppointments.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining(booked.map((a) => a.id)));
  });
});

describe('a client sees their own booking only', () => {
  const groupWithEmma = () =>
    tenant().appointments.find((a) => a.category === 'group' && a.participants.length >= 3 && a.participants.some((p) => p.clientId === emma().id))!;

  it('shows Emma her own row of a group session and its full head count', async () => {
    const session = groupWithEmma();
    const result = await run(bed.server, APPOINTMENT, { id: session.id }, await demoAuth(emma().email));
    expect(result.errors).toBeUndefined();
    expect(result.data!.appointment).toEqual({ id: session.id, headCount: headCountOf(session), participants: [{ client: { id: emma().id } }] });
  });

  it('keeps what a studio pays per session (a contract rate) from her: FORBIDDEN; her trainer sees it', async () => {
    const session = groupWithEmma();
    const query = 'query($id: ID!) { appointment(id: $id) { id rate } }';
    const asClient = await run(bed.server, query, { id: session.id }, await demoAuth(emma().email));
    expect(asClient.errors?.[0]).toMatchObject({ path: ['appointment', 'rate'], extensions: { code: 'FORBIDDEN' } });
    const asTrainer = await run(bed.server, query, { id: session.id }, await demoAuth('maya@fitflow.demo'));
    expect(asTrainer.data!.appointment.rate).toBe(session.rate.toFixed(2));
  });
});

describe('no N+1 with the wider scopes', () => {
  it("lists three team members' schedules with participants and head counts in as many SQL statements as one", async () => {
    const { from, to } = window();
    const auth = await demoAuth('maya@fitflow.demo');
    const count = async (keys: string[]) => {
      counter.reset();
      const result = await run(
        bed.server,
        TRAINER_SCHEDULE,
        { r: keys.map((k) => ({ __typename: 'Trainer', id: trainer(k).id })), from: from.toISOString(), to: to.toISOString() },
        auth,
      );
      expect(result.errors).toBeUndefined();
      for (const entity of result.data!._entities) expect(entity.appointments.edges.length).toBeGreaterThan(0);
      return counter.count;
    };
    expect(await count(['liam', 'sofia', 'maya'])).toBe(await count(['liam']));
  });
});
