import { headCountOf } from '@fitflow/demo';
import { QueryCounter } from '@fitflow/kit';
import {
  demoAuth,
  demoStudio as studio,
  demoTenant,
  demoTrainer as trainer,
  openSubgraphDatabase,
  quietLog,
  subgraphContract,
  testEnv,
  testVerifier,
  useSubgraphTestBed,
  executeAsJson,
  UNKNOWN_ID,
} from '@fitflow/testkit';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { seedScheduling } from './seed.js';
import { buildSchedulingServer } from './server.js';

const counter = new QueryCounter();
const bed = useSubgraphTestBed('scheduling', buildSchedulingServer, { counter });

const run = executeAsJson;

const tenant = () => demoTenant();
const mayaAppointment = () => tenant().appointments.find((a) => a.trainerId === trainer('maya').id && a.studioId === studio('kits').id)!;

subgraphContract('scheduling', {
  server: () => bed.server,
  counter: () => counter,
  anonymous: () => {
    const id = mayaAppointment().id;
    return [
      `{ appointment(id: "${id}") { id } }`,
      `{ _entities(representations: [{ __typename: "Appointment", id: "${id}" }]) { ... on Appointment { startTime } } }`,
      `{ _entities(representations: [{ __typename: "StudioContract", trainerId: "${trainer('maya').id}", studioId: "${studio('kits').id}" }]) { ... on StudioContract { upcomingAppointments { edges { node { id } } } } } }`,
    ];
  },
  byId: { query: 'query($id: ID!) { appointment(id: $id) { id } }', auth: () => demoAuth('noah@fitflow.demo'), what: 'Appointment' },
  internals: /scheduling\./i,
  references: [
    {
      typename: 'Appointment',
      selection: 'id timeZone headCount classType { name } participants { client { id } }',
      knownIds: () => tenant().appointments.map((a) => a.id),
      auth: () => demoAuth('admin@fitflow.demo'),
    },
  ],
});

describe('reading one appointment out of scope', () => {
  it('answers an out-of-scope id exactly like an unknown one, without leaking internals', async () => {
    const auth = await demoAuth('noah@fitflow.demo');
    const query = 'query($id: ID!) { appointment(id: $id) { id } }';
    const malformed = await run(bed.server, query, { id: '42' }, auth);
    const unknown = await run(bed.server, query, { id: UNKNOWN_ID }, auth);
    const someoneElses = await run(bed.server, query, { id: mayaAppointment().id }, auth);
    expect(someoneElses.errors?.[0]).toEqual(unknown.errors?.[0]);
    expect(JSON.stringify([malformed, unknown])).not.toMatch(/select|stack|scheduling\./i);
  });

  it('takes its 50 references (the contract suite above) from more than one studio, so time zones are batched too', () => {
    expect(
      new Set(
        tenant()
          .appointments.slice(0, 50)
          .map((a) => a.studioId),
      ).size,
    ).toBeGreaterThan(1);
  });
});

describe('the scheduling database contract', () => {
  it('serves the same answers as the runtime role, reading the studio time zone through the published view', async () => {
    const app = await openSubgraphDatabase('scheduling', undefined, 'app');
    try {
      const appServer = await buildSchedulingServer({ ds: app, verifier: await testVerifier(), log: quietLog });
      const a = tenant().appointments.find((x) => x.studioId === studio('kits').id)!;
      const result = await run(
        appServer,
        'query($id: ID!) { appointment(id: $id) { id timeZone headCount } }',
        { id: a.id },
        await demoAuth('admin@fitflow.demo'),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.appointment).toEqual({ id: a.id, timeZone: 'America/Vancouver', headCount: headCountOf(a) });
    } finally {
      await app.destroy();
    }
  });

  it('publishes appointment_directory to finance, and nothing else', async () => {
    const finance = new pg.Client({ connectionString: testEnv().urls.finance });
    await finance.connect();
    try {
      const { rows } = await finance.query('select count(*)::int as n, count(distinct category)::int as categories from scheduling.appointment_directory');
      expect(rows[0]).toEqual({ n: tenant().appointments.length, categories: 3 });
      await expect(finance.query('select client_id from scheduling.appointment_participants')).rejects.toThrow(/permission denied/);
      await expect(finance.query('select notes from scheduling.appointments')).rejects.toThrow(/permission denied/);
    } finally {
      await finance.end();
    }
  });

  it('refuses an appointment note in plaintext (notes are an encrypted field)', async () => {
    const a = tenant().appointments[0];
    await expect(bed.ds.query("update scheduling.appointments set notes = 'Client mentioned knee pain' where id = $1", [a.id])).rejects.toThrow(
      /appointments_notes_sealed/,
    );
    const [row] = await bed.ds.query('select notes from scheduling.appointments where id = $1', [a.id]);
    expect(row.notes).toBeNull();
  });

  it('re-seeding the demo tenant changes nothing', async () => {
    const count = async () =>
      (
        await bed.ds.query(
          'select (select count(*) from scheduling.appointments)::int as a, (select count(*) from scheduling.appointment_participants)::int as p, (select count(*) from scheduling.class_types)::int as c',
        )
      )[0];
    const before = await count();
    await seedScheduling(bed.ds, tenant());
    expect(await count()).toEqual(before);
    expect(before).toEqual({
      a: tenant().appointments.length,
      p: tenant().appointments.reduce((n, a) => n + a.participants.length, 0),
      c: tenant().classTypes.length,
    });
  });
});
