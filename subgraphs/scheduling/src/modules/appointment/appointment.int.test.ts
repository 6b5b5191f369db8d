import { headCountOf, type DemoAppointment } from '@fitflow/demo';
import { QueryCounter } from '@fitflow/kit';
import {
  demoAuth,
  demoEmma,
  demoStudio as studio,
  demoTenant,
  demoTrainer as trainer,
  testEnv,
  useSubgraphTestBed,
  executeAsJson,
  type GraphQLResult,
} from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { buildSchedulingServer } from '../../server.js';

const counter = new QueryCounter();
const bed = useSubgraphTestBed('scheduling', buildSchedulingServer, { counter });

const run = executeAsJson;

const tenant = () => demoTenant();
const byStart = (a: DemoAppointment, b: DemoAppointment) => a.startTime.getTime() - b.startTime.getTime() || a.id.localeCompare(b.id);
const asStatus = (a: DemoAppointment) => a.status.toUpperCase().replace('-', '_');
const ids = (edges: { node: { id: string } }[]) => edges.map((e) => e.node.id);

/** What the demo tenant says a trainer's upcoming sessions at a studio are (still scheduled, not started). */
function upcomingInDemo(trainerId: string, studioId: string) {
  const now = new Date();
  return tenant()
    .appointments.filter((a) => a.trainerId === trainerId && a.studioId === studioId && a.status === 'scheduled' && a.startTime >= now)
    .sort(byStart);
}

const CONTRACT_UPCOMING = /* GraphQL */ `
  query Upcoming($r: [_Any!]!, $first: Int, $after: String) {
    _entities(representations: $r) {
      ... on StudioContract {
        trainerId
        studioId
        upcomingAppointments(first: $first, after: $after) {
          edges {
            cursor
            node {
              id
              startTime
              endTime
              status
              timeZone
              rate
              headCount
              trainer {
                id
              }
              studio {
                id
              }
              classType {
                name
                category
              }
              participants {
                client {
                  id
                }
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;

const STUDIO_SCHEDULE = /* GraphQL */ `
  query StudioSchedule($r: [_Any!]!, $from: DateTime!, $to: DateTime!, $trainerId: ID, $first: Int) {
    _entities(representations: $r) {
      ... on Studio {
        appointments(from: $from, to: $to, trainerId: $trainerId, first: $first) {
          edges {
            node {
              id
              startTime
              status
              rate
              timeZone
              headCount
              trainer {
                id
              }
              participants {
                status
                attended
                paymentStatus
                client {
                  id
                }
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  }
`;

const TRAINER_SCHEDULE = /* GraphQL */ `
  query TrainerSchedule($r: [_Any!]!, $from: DateTime!, $to: DateTime!, $studioId: ID) {
    _entities(representations: $r) {
      ... on Trainer {
        appointments(from: $from, to: $to, studioId: $studioId, first: 100) {
          edges {
            node {
              id
              status
              cancellationReason
            }
          }
        }
      }
    }
  }
`;

describe('a trainer admin looks at what is coming up at a studio (StudioContract.upcomingAppointments)', () => {
  const contract = () => ({ __typename: 'StudioContract', trainerId: trainer('maya').id, studioId: studio('harbourfront').id });

  it("lists Maya's upcoming Harbourfront sessions exactly as the demo has them, soonest first, all in the future", async () => {
    const expected = upcomingInDemo(trainer('maya').id, studio('harbourfront').id);
    const result = await run(bed.server, CONTRACT_UPCOMING, { r: [contract()], first: 50 }, await demoAuth('maya@fitflow.demo'));
    expect(result.errors).toBeUndefined();
    const page = result.data!._entities[0].upcomingAppointments;
    expect(expected.length).toBeGreaterThan(5);
    expect(ids(page.edges)).toEqual(expected.map((a) => a.id));
    expect(page.pageInfo.hasNextPage).toBe(false);
    for (const [i, { node }] of page.edges.entries()) {
      const a = expected[i];
      expect(new Date(node.startTime).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect(node).toMatchObject({
        startTime: a.startTime.toISOString(),
        endTime: a.endTime.toISOString(),
        status: 'SCHEDULED',
        timeZone: 'America/Toronto',
        rate: a.rate.toFixed(2),
        headCount: headCountOf(a),
        trainer: { id: a.trainerId },
        studio: { id: a.studioId },
        classType: { category: a.category.toUpperCase() },
      });
      expect(node.participants.map((p: { client: { id: string } }) => p.client.id).sort()).toEqual(a.participants.map((p) => p.clientId).sort());
    }
  });

  it('pages on with the end cursor, without repeating or skipping a session', async () => {
    const expected = upcomingInDemo(trainer('maya').id, studio('harbourfront').id).map((a) => a.id);
    const auth = await demoAuth('maya@fitflow.demo');
    const first = await run(bed.server, CONTRACT_UPCOMING, { r: [contract()], first: 3 }, auth);
    const page1 = first.data!._entities[0].upcomingAppointments;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await run(bed.server, CONTRACT_UPCOMING, { r: [contract()], first: 3, after: page1.pageInfo.endCursor }, auth);
    expect(second.errors).toBeUndefined();
    expect([...ids(page1.edges), ...ids(second.data!._entities[0].upcomingAppointments.edges)]).toEqual(expected.slice(0, 6));
  });

  it('refuses a cursor it did not produce, and a page size over 100', async () => {
    const auth = await demoAuth('maya@fitflow.demo');
    const cursor = await run(bed.server, CONTRACT_UPCOMING, { r: [contract()], after: 'bm90LWEtY3Vyc29y' }, auth);
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const tooMany = await run(bed.server, CONTRACT_UPCOMING, { r: [contract()], first: 500 }, auth);
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("shows a trainer nothing of another trainer's contract", async () => {
    const result = await run(bed.server, CONTRACT_UPCOMING, { r: [contract()] }, await demoAuth('noah@fitflow.demo'));
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].upcomingAppointments.edges).toEqual([]);
  });
});

describe("a studio admin looks at their studio's week (Studio.appointments)", () => {
  const week = () => {
    const from = new Date(Date.parse(testEnv().now) - 3 * 86_400_000);
    return { from, to: new Date(from.getTime() + 7 * 86_400_000) };
  };
  const inDemo = (studioId: string, trainerId?: string) => {
    const { from, to } = week();
    return tenant()
      .appointments.filter((a) => a.studioId === studioId && a.startTime >= from && a.startTime < to && (!trainerId || a.trainerId === trainerId))
      .sort(byStart);
  };

  it('returns what the demo has at Harbourfront that week, every trainer, with head counts but no participant (a super admin sees them)', async () => {
    const harbourfront = studio('harbourfront');
    const expected = inDemo(harbourfront.id);
    const { from, to } = week();
    const vars = { r: [{ __typename: 'Studio', id: harbourfront.id }], from: from.toISOString(), to: to.toISOString(), first: 100 };
    expect(expected.length).toBeGreaterThan(3);
    expect(new Set(expected.map((a) => a.trainerId)).size).toBe(2);
    // Participants come in booking order; the demo books a class's participants all at once, so compare them by client.
    const byClient = (a: { client: { id: string } }, b: { client: { id: string } }) => a.client.id.localeCompare(b.client.id);
    const schedule = (withParticipants: boolean) =>
      expected.map((a) => ({
        id: a.id,
        startTime: a.startTime.toISOString(),
        status: asStatus(a),
        rate: a.rate.toFixed(2),
        timeZone: 'America/Toronto',
        headCount: headCountOf(a),
        trainer: { id: a.trainerId },
        participants: withParticipants
          ? a.participants.map((p) => ({ status: p.status, attended: p.attended, paymentStatus: p.paymentStatus, client: { id: p.clientId } })).sort(byClient)
          : [],
      }));
    const nodesOf = (result: GraphQLResult) =>
      result.data!._entities[0].appointments.edges.map((e: { node: { participants: { client: { id: string } }[] } }) => ({
        ...e.node,
        participants: [...e.node.participants].sort(byClient),
      }));

    const asStudio = await run(bed.server, STUDIO_SCHEDULE, vars, await demoAuth('studio@harbourfront.demo'));
    expect(asStudio.errors).toBeUndefined();
    expect(nodesOf(asStudio)).toEqual(schedule(false));
    const asSuperAdmin = await run(bed.server, STUDIO_SCHEDULE, vars, await demoAuth('admin@fitflow.demo'));
    expect(asSuperAdmin.errors).toBeUndefined();
    expect(nodesOf(asSuperAdmin)).toEqual(schedule(true));
  });

  it("narrows to one trainer's sessions when asked", async () => {
    const harbourfront = studio('harbourfront');
    const { from, to } = week();
    const result = await run(
      bed.server,
      STUDIO_SCHEDULE,
      { r: [{ __typename: 'Studio', id: harbourfront.id }], from: from.toISOString(), to: to.toISOString(), trainerId: trainer('liam').id, first: 100 },
      await demoAuth('studio@harbourfront.demo'),
    );
    expect(ids(result.data!._entities[0].appointments.edges)).toEqual(inDemo(harbourfront.id, trainer('liam').id).map((a) => a.id));
  });

  it('refuses a reversed window, one longer than 92 days, and a malformed trainer id with BAD_USER_INPUT', async () => {
    const auth = await demoAuth('studio@harbourfront.demo');
    const r = [{ __typename: 'Studio', id: studio('harbourfront').id }];
    const { from, to } = week();
    const reversed = await run(bed.server, STUDIO_SCHEDULE, { r, from: to.toISOString(), to: from.toISOString() }, auth);
    expect(reversed.errors?.[0]).toMatchObject({ message: '`to` must be after `from`.', extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
    const tooLong = await run(bed.server, STUDIO_SCHEDULE, { r, from: from.toISOString(), to: new Date(from.getTime() + 93 * 86_400_000).toISOString() }, auth);
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badTrainer = await run(bed.server, STUDIO_SCHEDULE, { r, from: from.toISOString(), to: to.toISOString(), trainerId: '42' }, auth);
    expect(badTrainer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'trainerId' });
  });

  it("does not show a studio admin another studio's schedule, nor a client any studio's", async () => {
    const { from, to } = week();
    const vars = { r: [{ __typename: 'Studio', id: studio('harbourfront').id }], from: from.toISOString(), to: to.toISOString() };
    const otherStudio = await run(bed.server, STUDIO_SCHEDULE, vars, await demoAuth('studio@kitsflow.demo'));
    expect(otherStudio.data!._entities[0].appointments.edges).toEqual([]);
    const client = await run(bed.server, STUDIO_SCHEDULE, vars, await demoAuth('emma.wilson@example.com'));
    expect(client.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe("a trainer's own schedule and offer (Trainer.appointments, Trainer.classTypes)", () => {
  it('shows Maya her last four weeks, cancellations and no-shows included', async () => {
    const maya = trainer('maya');
    const to = new Date(testEnv().now);
    const from = new Date(to.getTime() - 28 * 86_400_000);
    const expected = tenant()
      .appointments.filter((a) => a.trainerId === maya.id && a.startTime >= from && a.startTime < to)
      .sort(byStart);
    const result = await run(
      bed.server,
      TRAINER_SCHEDULE,
      { r: [{ __typename: 'Trainer', id: maya.id }], from: from.toISOString(), to: to.toISOString() },
      await demoAuth(maya.email),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].appointments.edges.map((e: { node: unknown }) => e.node)).toEqual(
      expected.map((a) => ({ id: a.id, status: asStatus(a), cancellationReason: a.cancellationReason })),
    );
  });

  it("refuses to show Liam Maya's schedule", async () => {
    const to = new Date(testEnv().now);
    const from = new Date(to.getTime() - 7 * 86_400_000);
    const result = await run(
      bed.server,
      TRAINER_SCHEDULE,
      { r: [{ __typename: 'Trainer', id: trainer('maya').id }], from: from.toISOString(), to: to.toISOString() },
      await demoAuth('liam@fitflow.demo'),
    );
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("lists a trainer's class types with their rates", async () => {
    const sofia = trainer('sofia');
    const result = await run(
      bed.server,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { classTypes { id name category durationMinutes maxParticipants defaultRate color description } } } }',
      { r: [{ __typename: 'Trainer', id: sofia.id }] },
      await demoAuth('maya@fitflow.demo'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].classTypes).toEqual(
      tenant()
        .classTypes.filter((c) => c.trainerId === sofia.id)
        .map((c) => ({
          id: c.id,
          name: c.name,
          category: c.category.toUpperCase(),
          durationMinutes: c.durationMinutes,
          maxParticipants: c.maxParticipants,
          defaultRate: c.defaultRate.toFixed(2),
          color: c.color,
          description: c.description,
        })),
    );
  });
});

describe('a client sees their next sessions (Client.upcomingAppointments)', () => {
  const query = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { id upcomingAppointments(first: 3) { id startTime timeZone } } } }';

  it("shows Emma her next sessions (three at most), and nothing of a stranger's", async () => {
    const emma = demoEmma();
    const stranger = tenant().clients.find((c) => c.trainerId === trainer('noah').id)!;
    const now = new Date();
    const expected = tenant()
      .appointments.filter((a) => a.status === 'scheduled' && a.startTime >= now && a.participants.some((p) => p.clientId === emma.id))
      .sort(byStart)
      .slice(0, 3);
    const result = await run(
      bed.server,
      query,
      {
        r: [
          { __typename: 'Client', id: emma.id },
          { __typename: 'Client', id: stranger.id },
        ],
      },
      await demoAuth(emma.email),
    );
    expect(result.errors).toBeUndefined();
    expect(expected.length).toBeGreaterThan(0);
    expect(result.data!._entities[0].upcomingAppointments).toEqual(
      expected.map((a) => ({ id: a.id, startTime: a.startTime.toISOString(), timeZone: expect.stringMatching(/^America\//) })),
    );
    expect(result.data!._entities[1].upcomingAppointments).toEqual([]);
  });
});

describe('reading one appointment', () => {
  const mayaAppointment = () => tenant().appointments.find((a) => a.trainerId === trainer('maya').id && a.studioId === studio('kits').id)!;

  it('shows a trainer their own session with its class type and local time zone', async () => {
    const a = mayaAppointment();
    const result = await run(
      bed.server,
      'query($id: ID!) { appointment(id: $id) { id timeZone locationType classType { id } } }',
      { id: a.id.toUpperCase() },
      await demoAuth('maya@fitflow.demo'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.appointment).toEqual({ id: a.id, timeZone: 'America/Vancouver', locationType: 'studio', classType: { id: a.classTypeId } });
  });
});

describe('no N+1 (DataLoaders)', () => {
  async function countStatements(query: string, variables: Record<string, unknown>, auth: string) {
    counter.reset();
    const result = await run(bed.server, query, variables, auth);
    expect(result.errors).toBeUndefined();
    return { count: counter.count, result };
  }

  it('lists upcoming sessions and their participants for 7 contracts with as many SQL statements as for 1', async () => {
    const auth = await demoAuth('admin@fitflow.demo');
    const reps = (n: number) =>
      tenant()
        .contracts.slice(0, n)
        .map((c) => ({ __typename: 'StudioContract', trainerId: c.trainerId, studioId: c.studioId }));
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on StudioContract { upcomingAppointments(first: 3) { edges { node { id participants { client { id } } } } } } } }';
    const one = await countStatements(query, { r: reps(1) }, auth);
    const seven = await countStatements(query, { r: reps(7) }, auth);
    expect(tenant().contracts).toHaveLength(7);
    for (const contract of seven.result.data!._entities) expect(contract.upcomingAppointments.edges.length).toBeGreaterThan(0);
    expect(seven.count).toBe(one.count);
  });
});
