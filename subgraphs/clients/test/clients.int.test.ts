import type { DemoClient, DemoSessionNote } from '@fitflow/demo';
import { QueryCounter } from '@fitflow/kit';
import { demoAuth, demoTenant, execute, openSubgraphDatabase, quietLog, testEnv, testVerifier, tokenFor } from '@fitflow/testkit';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientsServer } from '../src/server.js';

let ds: DataSource;
const counter = new QueryCounter();
let server: Awaited<ReturnType<typeof buildClientsServer>>;

beforeAll(async () => {
  ds = await openSubgraphDatabase('clients', counter);
  server = await buildClientsServer({ ds, verifier: await testVerifier(), log: quietLog });
});
afterAll(() => ds?.destroy());

const tenant = () => demoTenant();
const trainer = (key: string) => tenant().trainers.find((t) => t.key === key)!;
const clientsOf = (key: string) => tenant().clients.filter((c) => c.trainerId === trainer(key).id);
const emma = () => tenant().clients.find((c) => c.email === 'emma.wilson@example.com')!;
/** A client's notes as the API orders them: newest session first, then id descending. */
const notesOf = (clientId: string): DemoSessionNote[] =>
  tenant()
    .sessionNotes.filter((n) => n.clientId === clientId)
    .sort((a, b) => b.sessionDate.localeCompare(a.sessionDate) || b.id.localeCompare(a.id));
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const clientCount = async () => Number((await ds.query('select count(*)::int as n from clients.clients'))[0].n);

interface Edge<T> {
  cursor: string;
  node: T;
}
interface Page<T> {
  edges: Edge<T>[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const CLIENTS_PAGE = /* GraphQL */ `
  query Clients($first: Int, $after: String, $search: String) {
    clients(first: $first, after: $after, search: $search) {
      edges { cursor node { id displayName } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

const CLIENT_DETAIL = /* GraphQL */ `
  query Client($id: ID!) {
    client(id: $id) {
      id firstName lastName displayName email phone dateOfBirth goals source status createdAt
      emergencyContact { name phone relationship }
      medicalInfo { conditions medications allergies }
      trainer { id }
      latestSessionNote { id sessionDate }
    }
  }`;

describe('a trainer and their clients', () => {
  it('shows the trainer admin her 12 clients, five at a time, each once', async () => {
    const auth = await demoAuth('maya@fitflow.demo');
    const seen: string[] = [];
    const pageSizes: number[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await execute<{ clients: Page<{ id: string; displayName: string }> }>(server, CLIENTS_PAGE, { first: 5, after }, auth);
      expect(result.errors).toBeUndefined();
      const page: Page<{ id: string; displayName: string }> = result.data!.clients;
      pageSizes.push(page.edges.length);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pageSizes).toEqual([5, 5, 2]);
    expect(new Set(seen).size).toBe(12);
    expect([...seen].sort()).toEqual(clientsOf('maya').map((c) => c.id).sort());
  });

  it('shows one client exactly as stored in the demo tenant', async () => {
    const client = clientsOf('maya')[3];
    const result = await execute(server, CLIENT_DETAIL, { id: client.id.toUpperCase() }, await demoAuth('maya@fitflow.demo'));
    expect(result.errors).toBeUndefined();
    const latest = notesOf(client.id)[0];
    expect(Number.isNaN(new Date(result.data!.client.createdAt).getTime())).toBe(false);
    expect(result.data!.client).toEqual({
      id: client.id,
      firstName: client.firstName,
      lastName: client.lastName,
      displayName: `${client.firstName} ${client.lastName}`,
      email: client.email,
      phone: client.phone,
      dateOfBirth: client.dateOfBirth,
      goals: client.goals,
      source: { referral: 'REFERRAL', 'walk-in': 'WALK_IN', online: 'ONLINE' }[client.source],
      status: 'ACTIVE',
      createdAt: expect.anything(),
      emergencyContact: client.emergencyContact,
      medicalInfo: client.medicalInfo,
      trainer: { id: trainer('maya').id },
      latestSessionNote: latest ? { id: latest.id, sessionDate: latest.sessionDate } : null,
    });
  });

  it('finds clients by name or email, whatever the case', async () => {
    const auth = await demoAuth('maya@fitflow.demo');
    const byName = await execute(server, CLIENTS_PAGE, { search: 'wILSON' }, auth);
    expect(byName.data!.clients.edges.map((e: Edge<{ id: string }>) => e.node.id)).toEqual([emma().id]);
    const byEmail = await execute(server, CLIENTS_PAGE, { search: '@EXAMPLE.com' }, auth);
    expect(byEmail.data!.clients.edges).toHaveLength(12);
    const literal = await execute(server, CLIENTS_PAGE, { search: '%' }, auth);
    expect(literal.data!.clients.edges).toEqual([]);
  });

  it("pages through a client's session notes, newest session first", async () => {
    const client = clientsOf('maya').find((c) => notesOf(c.id).length > 3)!;
    const query = `query($id: ID!, $after: String) { client(id: $id) { sessionNotes(first: 2, after: $after) {
      edges { node { id sessionDate subjective plan exercises { name sets reps weightKg } measurements { weightKg bodyFatPercent } privateNotes appointment { id } trainer { id } client { id } } }
      pageInfo { hasNextPage endCursor } } } }`;
    const auth = await demoAuth('maya@fitflow.demo');
    const seen: Record<string, unknown>[] = [];
    let after: string | null = null;
    do {
      const result = await execute(server, query, { id: client.id, after }, auth);
      expect(result.errors).toBeUndefined();
      const page: Page<Record<string, unknown>> = result.data!.client.sessionNotes;
      seen.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(
      notesOf(client.id).map((n) => ({
        id: n.id,
        sessionDate: n.sessionDate,
        subjective: n.subjective,
        plan: n.plan,
        exercises: n.exercises,
        measurements: n.measurements,
        privateNotes: n.privateNotes,
        appointment: { id: n.appointmentId },
        trainer: { id: n.trainerId },
        client: { id: client.id },
      })),
    );
  });

  it("does not show one trainer another trainer's client", async () => {
    const mayasClient = clientsOf('maya')[1];
    const auth = await demoAuth('liam@fitflow.demo');
    const result = await execute(server, CLIENT_DETAIL, { id: mayasClient.id }, auth);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
    const list = await execute(server, CLIENTS_PAGE, { first: 100 }, auth);
    expect(list.data!.clients.edges.map((e: Edge<{ id: string }>) => e.node.id).sort()).toEqual(clientsOf('liam').map((c) => c.id).sort());
  });

  it("lists a trainer's clients on the Trainer entity, only as far as the caller may see them", async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { id clients(first: 100) { edges { node { id } } } } } }`;
    const r = [{ __typename: 'Trainer', id: trainer('maya').id }, { __typename: 'Trainer', id: trainer('liam').id }];
    const result = await execute(server, query, { r }, await demoAuth('maya@fitflow.demo'));
    expect(result.errors).toBeUndefined();
    const [maya, liam] = result.data!._entities as { clients: Page<{ id: string }> }[];
    expect(maya.clients.edges.map((e) => e.node.id).sort()).toEqual(clientsOf('maya').map((c) => c.id).sort());
    expect(liam.clients.edges).toEqual([]);
  });

  it('shows a client shared with a team trainer to that trainer, read-only', async () => {
    const shared = clientsOf('maya')[5];
    const liamAuth = await demoAuth('liam@fitflow.demo');
    await ds.query(`insert into clients.client_permissions (client_id, trainer_id, permission_level, granted_by) values ($1, $2, 'read', $3)`, [
      shared.id,
      trainer('liam').id,
      trainer('maya').id,
    ]);
    try {
      const list = await execute(server, CLIENTS_PAGE, { first: 100 }, liamAuth);
      expect(list.data!.clients.edges.map((e: Edge<{ id: string }>) => e.node.id)).toContain(shared.id);
      const detail = await execute(server, CLIENT_DETAIL, { id: shared.id }, liamAuth);
      expect(detail.data!.client).toMatchObject({ id: shared.id, email: shared.email, trainer: { id: trainer('maya').id } });
      const update = await execute(server, 'mutation($id: ID!) { updateClient(id: $id, input: { goals: "x" }) { id } }', { id: shared.id }, liamAuth);
      expect(update.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      await ds.query('delete from clients.client_permissions where client_id = $1', [shared.id]);
    }
  });
});

describe('a client looking at their own record', () => {
  it('lets Emma see herself and her session notes, but never the private notes', async () => {
    const auth = await demoAuth('emma.wilson@example.com');
    const list = await execute(server, CLIENTS_PAGE, {}, auth);
    expect(list.data!.clients.edges.map((e: Edge<{ displayName: string }>) => e.node.displayName)).toEqual(['Emma Wilson']);

    const notes = await execute(server, 'query($id: ID!) { client(id: $id) { sessionNotes(first: 100) { edges { node { id assessment } } } } }', { id: emma().id }, auth);
    expect(notes.errors).toBeUndefined();
    expect(notes.data!.client.sessionNotes.edges.map((e: Edge<{ id: string }>) => e.node.id)).toEqual(notesOf(emma().id).map((n) => n.id));
    expect(notesOf(emma().id).length).toBeGreaterThan(0);

    const secret = await execute(server, 'query($id: ID!) { client(id: $id) { latestSessionNote { id privateNotes } } }', { id: emma().id }, auth);
    expect(secret.data!.client.latestSessionNote).toEqual({ id: notesOf(emma().id)[0].id, privateNotes: null });
    expect(secret.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(secret)).not.toContain(notesOf(emma().id)[0].privateNotes);
  });

  it("does not show Emma another client of her trainer, nor private notes through _entities", async () => {
    const auth = await demoAuth('emma.wilson@example.com');
    const other = await execute(server, CLIENT_DETAIL, { id: clientsOf('maya')[1].id }, auth);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const note = notesOf(emma().id)[0];
    const viaEntities = await execute(server, `{ _entities(representations: [{ __typename: "SessionNote", id: "${note.id}" }]) { ... on SessionNote { id privateNotes } } }`, {}, auth);
    expect(viaEntities.data!._entities).toEqual([{ id: note.id, privateNotes: null }]);
    expect(viaEntities.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('shows a studio admin no client at all', async () => {
    const auth = await demoAuth('studio@harbourfront.demo');
    const list = await execute(server, CLIENTS_PAGE, {}, auth);
    expect(list.data!.clients).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    const one = await execute(server, CLIENT_DETAIL, { id: emma().id }, auth);
    expect(one.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('adding and changing clients', () => {
  const CREATE = 'mutation($input: CreateClientInput!) { createClient(input: $input) { id displayName email dateOfBirth medicalInfo { allergies } status trainer { id } } }';

  it('refuses an invalid email with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await clientCount();
    const result = await execute(server, CREATE, { input: { firstName: 'Ada', lastName: 'Byron', email: 'not-an-email' } }, await demoAuth('noah@fitflow.demo'));
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: ['email'] } });
    expect(result.errors?.[0].message).toMatch(/email/);
    expect(await clientCount()).toBe(before);
  });

  it('refuses a birth date in the future and a blank name', async () => {
    const auth = await demoAuth('noah@fitflow.demo');
    const future = await execute(server, CREATE, { input: { firstName: 'Ada', lastName: 'Byron', dateOfBirth: '2999-01-01' } }, auth);
    expect(future.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: ['dateOfBirth'] } });
    const blank = await execute(server, CREATE, { input: { firstName: '', lastName: 'Byron' } }, auth);
    expect(blank.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: ['firstName'] } });
  });

  it('lets a trainer add a client, change them, and find them in their list', async () => {
    const auth = await demoAuth('noah@fitflow.demo');
    const created = await execute(
      server,
      CREATE,
      { input: { firstName: ' Ada ', lastName: 'Byron', email: 'Ada.Byron@Example.com', dateOfBirth: '1990-12-10', medicalInfo: { allergies: ['latex'] } } },
      auth,
    );
    expect(created.errors).toBeUndefined();
    const id: string = created.data!.createClient.id;
    try {
      expect(created.data!.createClient).toEqual({
        id,
        displayName: 'Ada Byron',
        email: 'ada.byron@example.com',
        dateOfBirth: '1990-12-10',
        medicalInfo: { allergies: ['latex'] },
        status: 'ACTIVE',
        trainer: { id: trainer('noah').id },
      });
      const update = await execute(
        server,
        'mutation($id: ID!, $input: UpdateClientInput!) { updateClient(id: $id, input: $input) { displayName email status phone } }',
        { id, input: { lastName: 'Lovelace', email: null, status: 'INACTIVE', phone: '+1-604-555-0199' } },
        auth,
      );
      expect(update.errors).toBeUndefined();
      expect(update.data!.updateClient).toEqual({ displayName: 'Ada Lovelace', email: null, status: 'INACTIVE', phone: '+1-604-555-0199' });
      const nulled = await execute(server, 'mutation($id: ID!) { updateClient(id: $id, input: { firstName: null }) { id } }', { id }, auth);
      expect(nulled.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: ['firstName'] } });
      const search = await execute(server, CLIENTS_PAGE, { search: 'lovelace' }, auth);
      expect(search.data!.clients.edges.map((e: Edge<{ id: string }>) => e.node.id)).toEqual([id]);
      const mayaTries = await execute(server, 'mutation($id: ID!) { updateClient(id: $id, input: { goals: "x" }) { id } }', { id }, await demoAuth('maya@fitflow.demo'));
      expect(mayaTries.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
    } finally {
      await ds.query('delete from clients.clients where id = $1', [id]);
    }
  });

  it('does not let a client or a studio admin add clients', async () => {
    for (const email of ['emma.wilson@example.com', 'studio@harbourfront.demo']) {
      const result = await execute(server, CREATE, { input: { firstName: 'Ada', lastName: 'Byron' } }, await demoAuth(email));
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('never returns a soft-deleted client', async () => {
    const client = clientsOf('sofia')[0];
    const auth = await demoAuth('sofia@fitflow.demo');
    await ds.query('update clients.clients set deleted_at = now() where id = $1', [client.id]);
    try {
      const one = await execute(server, CLIENT_DETAIL, { id: client.id }, auth);
      expect(one.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const list = await execute(server, CLIENTS_PAGE, { first: 100 }, auth);
      expect(list.data!.clients.edges).toHaveLength(clientsOf('sofia').length - 1);
    } finally {
      await ds.query('update clients.clients set deleted_at = null where id = $1', [client.id]);
    }
  });
});

describe('training plans', () => {
  it("shows a client's training plans", async () => {
    const client = clientsOf('maya')[2];
    const [{ id }] = await ds.query(
      `insert into clients.training_plans (trainer_id, client_id, name, goal, start_date, frequency_per_week, plan_details)
       values ($1, $2, 'Half marathon base', 'Run 21 km', '2026-01-05', 3, '{"weeks": 12}') returning id`,
      [trainer('maya').id, client.id],
    );
    try {
      const result = await execute(server, 'query($id: ID!) { client(id: $id) { trainingPlans { name goal startDate endDate frequencyPerWeek status planDetails } } }', { id: client.id }, await demoAuth('maya@fitflow.demo'));
      expect(result.data!.client.trainingPlans).toEqual([
        { name: 'Half marathon base', goal: 'Run 21 km', startDate: '2026-01-05', endDate: null, frequencyPerWeek: 3, status: 'ACTIVE', planDetails: { weeks: 12 } },
      ]);
    } finally {
      await ds.query('delete from clients.training_plans where id = $1', [id]);
    }
  });
});

describe('protection and errors', () => {
  it('refuses anonymous callers, including the federation fields', async () => {
    for (const query of ['{ clients { edges { node { id } } } }', '{ _service { sdl } }', `{ _entities(representations: [{ __typename: "Client", id: "${emma().id}" }]) { ... on Client { firstName } } }`]) {
      const result = await execute(server, query);
      expect(result.data?.clients ?? result.data?._service ?? result.data?._entities?.[0] ?? null).toBeNull();
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('tells a malformed id from an unknown one, without leaking internals', async () => {
    const auth = await demoAuth('maya@fitflow.demo');
    const malformed = await execute(server, '{ client(id: "42") { id } }', {}, auth);
    expect(malformed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'id' } });
    const unknown = await execute(server, `{ client(id: "${UNKNOWN}") { id } }`, {}, auth);
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
    const badCursor = await execute(server, CLIENTS_PAGE, { after: 'bm90IGEgY3Vyc29y' }, auth);
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify([malformed, unknown, badCursor])).not.toMatch(/select|stack|clients\.clients/i);
  });

  it.each([
    ['Client', () => clientsOf('maya').map((c) => c.id), '... on Client { id displayName trainer { id } trainingPlans { name } latestSessionNote { id } sessionNotes(first: 2) { edges { node { id client { id } } } } }'],
    ['SessionNote', () => notesOf(emma().id).map((n) => n.id), '... on SessionNote { id sessionDate privateNotes client { id latestSessionNote { id } } }'],
  ])('resolves 50 %s references with as many SQL statements as 1 (DataLoader)', async (typename, knownIds, selection) => {
    const auth = await demoAuth('maya@fitflow.demo');
    const known = knownIds();
    const representations = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ __typename: typename, id: known[i] ?? `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;
    counter.reset();
    const one = await execute(server, query, { r: representations(1) }, auth);
    const single = counter.count;
    counter.reset();
    const fifty = await execute(server, query, { r: representations(50) }, auth);
    expect(one.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data!._entities.filter(Boolean).map((e: { id: string }) => e.id)).toEqual(known);
    expect(counter.count).toBe(single);
  });

  it("loads the latest session note of 40 clients with as many SQL statements as of 1", async () => {
    const everyTrainer = await tokenFor(
      tenant().users.find((u) => u.email === 'maya@fitflow.demo')!.id,
      tenant().trainers.map((t) => ({ role: 'trainer' as const, scopeId: t.id })),
    );
    const all: DemoClient[] = tenant().clients;
    expect(all).toHaveLength(40);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { id latestSessionNote { id sessionDate trainer { id } } } } }`;
    const representations = (clients: DemoClient[]) => clients.map((c) => ({ __typename: 'Client', id: c.id }));
    counter.reset();
    const one = await execute(server, query, { r: representations(all.slice(0, 1)) }, everyTrainer);
    const single = counter.count;
    counter.reset();
    const forty = await execute(server, query, { r: representations(all) }, everyTrainer);
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
