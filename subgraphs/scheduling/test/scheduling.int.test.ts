import { QueryCounter } from '@fitflow/kit';
import { demoAuth, demoTenant, execute, openSubgraphDatabase, quietLog, testVerifier } from '@fitflow/testkit';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchedulingServer } from '../src/server.js';

let ds: DataSource;
const counter = new QueryCounter();
let server: Awaited<ReturnType<typeof buildSchedulingServer>>;

beforeAll(async () => {
  ds = await openSubgraphDatabase('scheduling', counter, 'app');
  server = await buildSchedulingServer({ ds, verifier: await testVerifier(), log: quietLog });
});
afterAll(() => ds?.destroy());

const tenant = () => demoTenant();
const maya = () => tenant().trainers.find((t) => t.key === 'maya')!;
const studio = (key: string) => tenant().studios.find((s) => s.key === key)!;

const UPCOMING = /* GraphQL */ `
  query($r: [_Any!]!, $first: Int) {
    _entities(representations: $r) {
      ... on StudioContract {
        upcomingAppointments(first: $first) {
          edges { cursor node { id startTime status timeZone headCount participants { client { id } } } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }`;

describe('scheduling subgraph', () => {
  it("lists a trainer's upcoming sessions at a studio, soonest first, in the studio's time zone", async () => {
    const harbourfront = studio('harbourfront');
    const expected = tenant()
      .appointments.filter((a) => a.trainerId === maya().id && a.studioId === harbourfront.id && a.status === 'scheduled' && a.startTime >= new Date())
      .sort((a, b) => a.startTime.getTime() - b.startTime.getTime() || a.id.localeCompare(b.id));
    const result = await execute(server, UPCOMING, { r: [{ __typename: 'StudioContract', trainerId: maya().id, studioId: harbourfront.id }], first: 4 }, await demoAuth('maya@fitflow.demo'));
    expect(result.errors).toBeUndefined();
    const page = result.data!._entities[0].upcomingAppointments;
    expect(page.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(expected.slice(0, 4).map((a) => a.id));
    expect(page.edges[0].node).toMatchObject({ status: 'SCHEDULED', timeZone: 'America/Toronto' });
    expect(page.edges[0].node.headCount).toBe(expected[0].participants.length);
    expect(page.pageInfo.hasNextPage).toBe(expected.length > 4);

    const next = await execute(server, UPCOMING.replace('upcomingAppointments(first: $first)', 'upcomingAppointments(first: $first, after: $after)').replace('$first: Int)', '$first: Int, $after: String)'), {
      r: [{ __typename: 'StudioContract', trainerId: maya().id, studioId: harbourfront.id }],
      first: 4,
      after: page.pageInfo.endCursor,
    }, await demoAuth('maya@fitflow.demo'));
    expect(next.data!._entities[0].upcomingAppointments.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(expected.slice(4, 8).map((a) => a.id));
  });

  it("shows a studio's week with trainers and head counts", async () => {
    const kits = studio('kits');
    const from = new Date(Date.now() - 7 * 86_400_000);
    const to = new Date(Date.now() + 7 * 86_400_000);
    const expected = tenant().appointments.filter((a) => a.studioId === kits.id && a.startTime >= from && a.startTime < to);
    const result = await execute(
      server,
      `query($r: [_Any!]!, $from: DateTime!, $to: DateTime!) { _entities(representations: $r) { ... on Studio {
         appointments(from: $from, to: $to, first: 100) { edges { node { id trainer { id } headCount classType { category color } } } } } } }`,
      { r: [{ __typename: 'Studio', id: kits.id }], from: from.toISOString(), to: to.toISOString() },
      await demoAuth('studio@kitsflow.demo'),
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data!._entities[0].appointments.edges.map((e: { node: unknown }) => e.node);
    expect(nodes.map((n: { id: string }) => n.id).sort()).toEqual(expected.map((a) => a.id).sort());
    expect(nodes.every((n: { classType: { color: string } }) => /^#[0-9A-F]{6}$/i.test(n.classType.color))).toBe(true);
  });

  it('refuses a reversed window with BAD_USER_INPUT', async () => {
    const result = await execute(
      server,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Studio { appointments(from: "2026-12-01T00:00:00Z", to: "2026-11-01T00:00:00Z") { edges { cursor } } } } }`,
      { r: [{ __typename: 'Studio', id: studio('kits').id }] },
      await demoAuth('studio@kitsflow.demo'),
    );
    expect(result.errors?.[0]).toMatchObject({ message: '`to` must be after `from`.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('tells a malformed id from an unknown one, and refuses anonymous callers', async () => {
    const auth = await demoAuth('liam@fitflow.demo');
    expect((await execute(server, '{ appointment(id: "nope") { id } }', {}, auth)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await execute(server, '{ appointment(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, auth)).errors?.[0]).toMatchObject({
      message: 'Appointment not found.',
      extensions: { code: 'NOT_FOUND' },
    });
    const anonymous = await execute(server, `{ _entities(representations: [{ __typename: "Appointment", id: "${tenant().appointments[0].id}" }]) { ... on Appointment { id } } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('pages 7 contracts with participants in as many SQL statements as 1 (DataLoader)', async () => {
    const auth = await demoAuth('maya@fitflow.demo');
    const reps = tenant().contracts.map((c) => ({ __typename: 'StudioContract', trainerId: c.trainerId, studioId: c.studioId }));
    counter.reset();
    const one = await execute(server, UPCOMING, { r: reps.slice(0, 1), first: 3 }, auth);
    const single = counter.count;
    counter.reset();
    const seven = await execute(server, UPCOMING, { r: reps, first: 3 }, auth);
    expect(one.errors).toBeUndefined();
    expect(seven.errors).toBeUndefined();
    expect(seven.data!._entities.every((e: { upcomingAppointments: { edges: unknown[] } }) => e.upcomingAppointments.edges.length === 3)).toBe(true);
    expect(counter.count).toBe(single);
  });

  it('serves upcoming sessions of many clients in one go', async () => {
    const clients = tenant().clients.slice(0, 20);
    counter.reset();
    const result = await execute(
      server,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { upcomingAppointments(first: 2) { id startTime } } } }',
      { r: clients.map((c) => ({ __typename: 'Client', id: c.id })) },
      await demoAuth('maya@fitflow.demo'),
    );
    expect(result.errors).toBeUndefined();
    expect(counter.count).toBeLessThanOrEqual(2);
    const emma = tenant().appointments
      .filter((a) => a.status === 'scheduled' && a.startTime >= new Date() && a.participants.some((p) => p.clientId === clients[0].id))
      .sort((a, b) => a.startTime.getTime() - b.startTime.getTime() || a.id.localeCompare(b.id));
    expect(result.data!._entities[0].upcomingAppointments.map((a: { id: string }) => a.id)).toEqual(emma.slice(0, 2).map((a) => a.id));
  });
});

describe('the scheduling database contract', () => {
  it('publishes appointment_directory to finance without client identities', async () => {
    const finance = await openSubgraphDatabase('finance', undefined, 'app');
    try {
      const [{ n }] = await finance.query('select count(*)::int as n from scheduling.appointment_directory');
      expect(n).toBe(tenant().appointments.length);
      const columns = await finance.query("select column_name from information_schema.columns where table_schema = 'scheduling' and table_name = 'appointment_directory'");
      expect(columns.map((c: { column_name: string }) => c.column_name)).not.toContain('client_id');
      await expect(finance.query('select * from scheduling.appointment_participants')).rejects.toThrow(/permission denied/);
    } finally {
      await finance.destroy();
    }
  });
});
