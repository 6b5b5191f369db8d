import type { DemoClient } from '@fitflow/demo';
import { QueryCounter } from '@fitflow/kit';
import { demoAuth, demoEmma as emma, demoTrainer as trainer, execute, subgraphContract, testEnv, tokenFor } from '@fitflow/testkit';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { CLIENT_DETAIL, CLIENTS_PAGE, clientsOf, notesOf, tenant, useClientsTestBed } from './test-bed.js';

/** Checks across the clients subgraph: the subgraph contract, errors and N+1, the database contract with scheduling, encryption at rest. */
const counter = new QueryCounter();
const bed = useClientsTestBed(counter);

subgraphContract('clients', {
  server: () => bed.server,
  counter: () => counter,
  anonymous: () => [
    '{ clients { edges { node { id } } } }',
    `{ _entities(representations: [{ __typename: "Client", id: "${emma().id}" }]) { ... on Client { firstName } } }`,
  ],
  byId: { query: 'query($id: ID!) { client(id: $id) { id } }', auth: () => demoAuth('maya@fitflow.demo'), what: 'Client' },
  internals: /select|clients\.clients/i,
  references: [
    {
      typename: 'Client',
      selection: 'id displayName trainer { id } trainingPlans { name } latestSessionNote { id } sessionNotes(first: 2) { edges { node { id client { id } } } }',
      knownIds: () => clientsOf('maya').map((c) => c.id),
      auth: () => demoAuth('maya@fitflow.demo'),
    },
    {
      typename: 'SessionNote',
      selection:
        'id sessionDate privateNotes signedAt signedBy { id } addenda { id text author { id } } versions { version writtenBy { id } } client { id latestSessionNote { id } }',
      knownIds: () => notesOf(emma().id).map((n) => n.id),
      auth: () => demoAuth('maya@fitflow.demo'),
    },
  ],
});

describe('protection and errors', () => {
  it('refuses a client cursor this API did not make, without leaking internals', async () => {
    const badCursor = await execute(bed.server, CLIENTS_PAGE, { after: 'bm90IGEgY3Vyc29y' }, await demoAuth('maya@fitflow.demo'));
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badCursor)).not.toMatch(/select|stack|clients\.clients/i);
  });

  it('lists the notes, addenda and versions of 30 sessions with as many SQL statements as of 1', async () => {
    const team = ['maya', 'liam', 'sofia'].map((key) => trainer(key).id);
    const sessions = [
      ...new Set(
        tenant()
          .sessionNotes.filter((n) => team.includes(n.trainerId))
          .map((n) => n.appointmentId),
      ),
    ].slice(0, 30);
    expect(sessions).toHaveLength(30);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Appointment { id sessionNotes { id privateNotes signedBy { id } addenda { id } versions { version } } } } }`;
    const representations = (ids: string[]) => ids.map((id) => ({ __typename: 'Appointment', id }));
    const auth = await demoAuth('maya@fitflow.demo');
    await execute(bed.server, query, { r: representations(sessions) }, auth); // steady state: data keys cached
    counter.reset();
    const one = await execute(bed.server, query, { r: representations(sessions.slice(0, 1)) }, auth);
    const single = counter.count;
    counter.reset();
    const thirty = await execute(bed.server, query, { r: representations(sessions) }, auth);
    expect(one.errors).toBeUndefined();
    expect(thirty.errors).toBeUndefined();
    expect(thirty.data!._entities.every((a: { sessionNotes: unknown[] }) => a.sessionNotes.length > 0)).toBe(true);
    expect(counter.count).toBe(single);
  });

  it('loads the latest session note of 40 clients with as many SQL statements as of 1', async () => {
    const everyTrainer = await tokenFor(
      tenant().users.find((u) => u.email === 'maya@fitflow.demo')!.id,
      tenant().trainers.map((t) => ({ role: 'trainer' as const, scopeId: t.id })),
    );
    const all: DemoClient[] = tenant().clients;
    expect(all).toHaveLength(40);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { id latestSessionNote { id sessionDate trainer { id } } } } }`;
    const representations = (clients: DemoClient[]) => clients.map((c) => ({ __typename: 'Client', id: c.id }));
    await execute(bed.server, query, { r: representations(all) }, everyTrainer); // steady state: data keys cached
    counter.reset();
    const one = await execute(bed.server, query, { r: representations(all.slice(0, 1)) }, everyTrainer);
    const single = counter.count;
    counter.reset();
    const forty = await execute(bed.server, query, { r: representations(all) }, everyTrainer);
    expect(counter.count).toBe(single);
    expect(one.errors).toBeUndefined();
    expect(forty.errors).toBeUndefined();
    expect(forty.data!._entities).toEqual(
      all.map((c) => {
        const latest = notesOf(c.id)[0];
        return { id: c.id, latestSessionNote: latest ? { id: latest.id, sessionDate: latest.sessionDate, trainer: { id: latest.trainerId } } : null };
      }),
    );
  });
});

describe('the clients database contract', () => {
  it('lets scheduling read the published client directory, and nothing else', async () => {
    const scheduling = new pg.Client({ connectionString: testEnv().urls.scheduling });
    await scheduling.connect();
    try {
      const { rows } = await scheduling.query('select id, trainer_id, status from clients.client_directory where id = $1', [emma().id]);
      expect(rows).toEqual([{ id: emma().id, trainer_id: trainer('maya').id, status: 'active' }]);
      await expect(scheduling.query('select first_name from clients.clients')).rejects.toThrow(/permission denied/);
      await expect(scheduling.query('select * from clients.session_notes')).rejects.toThrow(/permission denied/);
      await expect(scheduling.query("update clients.clients set goals = 'x'")).rejects.toThrow(/permission denied/);
    } finally {
      await scheduling.end();
    }
  });
});

describe('encryption at rest', () => {
  it('stores every PHI column of the demo data as ciphertext only', async () => {
    const rows: Record<string, string | null>[] = await bed.owner.query(
      'select id, first_name, last_name, email, phone, date_of_birth, emergency_contact, medical_info, goals from clients.clients',
    );
    const byId = new Map(rows.map((r) => [r.id!, r]));
    for (const c of tenant().clients) {
      const raw = byId.get(c.id)!;
      const plain: Record<string, string> = {
        first_name: c.firstName,
        last_name: c.lastName,
        email: c.email,
        phone: c.phone,
        date_of_birth: c.dateOfBirth,
        emergency_contact: c.emergencyContact.name,
        medical_info: JSON.stringify(c.medicalInfo),
        goals: c.goals,
      };
      for (const [column, value] of Object.entries(plain)) {
        expect(raw[column]).toMatch(new RegExp(`^v1:client\\.${c.id}:[\\w-]+:[\\w-]*:[\\w-]+$`));
        expect(raw[column]).not.toContain(value);
      }
    }
    const notes: Record<string, string>[] = await bed.owner.query(
      'select id, subjective, objective, assessment, plan, exercises, measurements, private_notes from clients.session_notes',
    );
    const noteById = new Map(notes.map((n) => [n.id, n]));
    for (const n of tenant().sessionNotes) {
      const raw = noteById.get(n.id)!;
      for (const [column, value] of Object.entries({
        subjective: n.subjective,
        objective: n.objective,
        assessment: n.assessment,
        plan: n.plan,
        private_notes: n.privateNotes,
        exercises: n.exercises[0]?.name ?? 'x',
      })) {
        expect(raw[column]).toMatch(/^v1:client\./);
        expect(raw[column]).not.toContain(value);
      }
    }
    expect(JSON.stringify(rows)).not.toContain('@example.com');
    const [{ wrapped }] = await bed.owner.query('select wrapped from clients.data_keys where id = $1', [`client:${emma().id}`]);
    expect(wrapped).not.toBeNull();
  });

  it('refuses a ciphertext moved to another row (AAD names the column and row)', async () => {
    const [a, b] = clientsOf('maya');
    const [{ goals }] = await bed.owner.query('select goals from clients.clients where id = $1', [a.id]);
    const [{ goals: original }] = await bed.owner.query('select goals from clients.clients where id = $1', [b.id]);
    await bed.owner.query('update clients.clients set goals = $2 where id = $1', [b.id, goals]);
    try {
      const result = await execute(bed.server, CLIENT_DETAIL, { id: b.id }, await demoAuth('maya@fitflow.demo'));
      expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(result)).not.toContain(a.goals);
    } finally {
      await bed.owner.query('update clients.clients set goals = $2 where id = $1', [b.id, original]);
    }
  });
});
