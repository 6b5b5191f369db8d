import type { DemoClient, DemoSessionNote } from '@fitflow/demo';
import { loadKeyRing, QueryCounter, ScopedDb, scopeOf, systemScope, type KeyRing, type Viewer } from '@fitflow/kit';
import {
  demoAuth,
  demoEmma as emma,
  demoTenant,
  demoTrainer as trainer,
  execute,
  openSubgraphDatabase,
  quietLog,
  subgraphContract,
  testEnv,
  testKeyRing,
  testVerifier,
  tokenFor,
  UNKNOWN_ID as UNKNOWN,
} from '@fitflow/testkit';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClientsConfig } from './config.js';
import { ERASURE_JOB_USER_ID, runErasureJob } from './modules/data-rights/data-rights.service.js';
import { sealTrainingPlan } from './modules/training-plan/training-plan.sealing.js';
import { DataKeyRepository } from './protection/data-key.repository.js';
import { ClientKeys } from './protection/keys.js';
import { buildClientsServer } from './server.js';

/** The runtime role (`fitflow_clients_app`): row-level security applies to it. The server uses it. */
let ds: DataSource;
/** The owner role: test fixtures and raw reads of what is stored. */
let owner: DataSource;
const counter = new QueryCounter();
let server: Awaited<ReturnType<typeof buildClientsServer>>;
let keyRing: KeyRing;

beforeAll(async () => {
  ds = await openSubgraphDatabase('clients', counter, 'app');
  owner = await openSubgraphDatabase('clients', undefined, 'owner');
  // The test master key wraps new data keys; the demo rows were sealed by the global setup under the
  // environment's master key (kit loadKeyRing), which stays readable: a master-key rotation in small.
  const seeded = loadKeyRing(loadClientsConfig());
  keyRing = { active: testKeyRing().active, byId: new Map([...seeded.byId, ...testKeyRing().byId]) };
  server = await buildClientsServer({ ds, verifier: await testVerifier(), log: quietLog, keyRing, retentionYears: 0 });
});
afterAll(async () => {
  await ds?.destroy();
  await owner?.destroy();
});

const tenant = () => demoTenant();
const clientsOf = (key: string) => tenant().clients.filter((c) => c.trainerId === trainer(key).id);
/** A client's notes as the API orders them: newest session first, then id descending. */
const notesOf = (clientId: string): DemoSessionNote[] =>
  tenant()
    .sessionNotes.filter((n) => n.clientId === clientId)
    .sort((a, b) => b.sessionDate.localeCompare(a.sessionDate) || b.id.localeCompare(a.id));
const clientCount = async () => Number((await owner.query('select count(*)::int as n from clients.clients'))[0].n);
const userOf = (email: string) => tenant().users.find((u) => u.email === email)!;
const viewerOf = (email: string): Viewer => ({ userId: userOf(email).id, roles: userOf(email).roles });
/** Maya administers the team of Liam and Sofia; Noah is independent. */
const mayasTeam = () => [...clientsOf('maya'), ...clientsOf('liam'), ...clientsOf('sofia')];
/** Test clean-up, as the owner (the runtime role has no DELETE policy). */
async function removeClient(id: string) {
  await owner.query('delete from clients.erasure_requests where client_id = $1', [id]);
  await owner.query('delete from clients.clients where id = $1', [id]);
  await owner.query('delete from clients.data_keys where id = $1', [`client:${id}`]);
}
const ids = (page: { edges: Edge<{ id: string }>[] }) => page.edges.map((e) => e.node.id);

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
      edges {
        cursor
        node {
          id
          displayName
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const CLIENT_DETAIL = /* GraphQL */ `
  query Client($id: ID!) {
    client(id: $id) {
      id
      firstName
      lastName
      displayName
      email
      phone
      dateOfBirth
      goals
      source
      status
      createdAt
      emergencyContact {
        name
        phone
        relationship
      }
      medicalInfo {
        conditions
        medications
        allergies
      }
      trainer {
        id
      }
      latestSessionNote {
        id
        sessionDate
      }
    }
  }
`;

describe('a trainer and their clients', () => {
  it('shows the trainer admin her own clients and her team’s, ten at a time, each once', async () => {
    const auth = await demoAuth('maya@fitflow.demo');
    const seen: string[] = [];
    const pageSizes: number[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await execute<{ clients: Page<{ id: string; displayName: string }> }>(server, CLIENTS_PAGE, { first: 10, after }, auth);
      expect(result.errors).toBeUndefined();
      const page: Page<{ id: string; displayName: string }> = result.data!.clients;
      pageSizes.push(page.edges.length);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pageSizes).toEqual([10, 10, 10, 2]);
    expect(new Set(seen).size).toBe(32);
    expect([...seen].sort()).toEqual(
      mayasTeam()
        .map((c) => c.id)
        .sort(),
    );
    const noah = await execute(server, CLIENTS_PAGE, { first: 100 }, await demoAuth('noah@fitflow.demo'));
    expect(ids(noah.data!.clients).sort()).toEqual(
      clientsOf('noah')
        .map((c) => c.id)
        .sort(),
    );
  });

  it('lets a trainer admin open a team trainer’s client, and answers a trainer outside the team as for an unknown id', async () => {
    const liamsClient = clientsOf('liam')[2];
    const maya = await execute(server, CLIENT_DETAIL, { id: liamsClient.id }, await demoAuth('maya@fitflow.demo'));
    expect(maya.errors).toBeUndefined();
    expect(maya.data!.client).toMatchObject({
      id: liamsClient.id,
      email: liamsClient.email,
      medicalInfo: liamsClient.medicalInfo,
      trainer: { id: trainer('liam').id },
    });
    const noahAuth = await demoAuth('noah@fitflow.demo');
    const outside = await execute(server, CLIENT_DETAIL, { id: liamsClient.id }, noahAuth);
    const unknown = await execute(server, CLIENT_DETAIL, { id: UNKNOWN }, noahAuth);
    expect(outside).toEqual(unknown);
    expect(outside.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
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
    const byName = await execute(server, CLIENTS_PAGE, { search: 'wILSON', first: 100 }, auth);
    const wilsons = mayasTeam().filter((c) => `${c.firstName} ${c.lastName}`.toLowerCase().includes('wilson'));
    expect(ids(byName.data!.clients).sort()).toEqual(wilsons.map((c) => c.id).sort());
    expect(ids(byName.data!.clients)).toContain(emma().id);
    // A whole email address is looked up by blind index, whoever on the team the client belongs to.
    const byEmail = await execute(server, CLIENTS_PAGE, { search: ' EMMA.Wilson@example.COM ' }, auth);
    expect(ids(byEmail.data!.clients)).toEqual([emma().id]);
    const liamsClient = clientsOf('liam')[4];
    const teamEmail = await execute(server, CLIENTS_PAGE, { search: liamsClient.email.toUpperCase() }, auth);
    expect(ids(teamEmail.data!.clients)).toEqual([liamsClient.id]);
    const notMine = await execute(server, CLIENTS_PAGE, { search: clientsOf('noah')[0].email }, auth);
    expect(notMine.data!.clients.edges).toEqual([]);
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
    expect(list.data!.clients.edges.map((e: Edge<{ id: string }>) => e.node.id).sort()).toEqual(
      clientsOf('liam')
        .map((c) => c.id)
        .sort(),
    );
  });

  it("lists a trainer's clients on the Trainer entity, only as far as the caller may see them", async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { id clients(first: 100) { edges { node { id } } } } } }`;
    const r = ['maya', 'liam', 'noah'].map((key) => ({ __typename: 'Trainer', id: trainer(key).id }));
    const result = await execute(server, query, { r }, await demoAuth('maya@fitflow.demo'));
    expect(result.errors).toBeUndefined();
    const [maya, liam, noah] = result.data!._entities as { clients: Page<{ id: string }> }[];
    expect(ids(maya.clients).sort()).toEqual(
      clientsOf('maya')
        .map((c) => c.id)
        .sort(),
    );
    expect(ids(liam.clients).sort()).toEqual(
      clientsOf('liam')
        .map((c) => c.id)
        .sort(),
    );
    expect(noah.clients.edges).toEqual([]);
  });

  it('shows a client shared read-only with a trainer outside the team, who cannot change it', async () => {
    const shared = clientsOf('maya')[5];
    const liamAuth = await demoAuth('noah@fitflow.demo');
    await owner.query(`insert into clients.client_permissions (client_id, trainer_id, permission_level, granted_by) values ($1, $2, 'read', $3)`, [
      shared.id,
      trainer('noah').id,
      trainer('maya').id,
    ]);
    try {
      const list = await execute(server, CLIENTS_PAGE, { first: 100 }, liamAuth);
      expect(list.data!.clients.edges.map((e: Edge<{ id: string }>) => e.node.id)).toContain(shared.id);
      const detail = await execute(server, CLIENT_DETAIL, { id: shared.id }, liamAuth);
      expect(detail.data!.client).toMatchObject({ id: shared.id, email: shared.email, trainer: { id: trainer('maya').id } });
      const update = await execute(server, 'mutation($id: ID!) { updateClient(id: $id, input: { goals: "x" }) { id } }', { id: shared.id }, liamAuth);
      expect(update.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const remove = await execute(server, 'mutation($id: ID!) { deleteClient(id: $id) }', { id: shared.id }, liamAuth);
      expect(remove.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const log = await execute(server, 'query($id: ID!) { clientAccessLog(clientId: $id) { edges { node { id } } } }', { id: shared.id }, liamAuth);
      expect(log.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      await owner.query('delete from clients.client_permissions where client_id = $1', [shared.id]);
    }
  });
});

describe('a client looking at their own record', () => {
  it('lets Emma see herself and her session notes, but never the private notes', async () => {
    const auth = await demoAuth('emma.wilson@example.com');
    const list = await execute(server, CLIENTS_PAGE, {}, auth);
    expect(list.data!.clients.edges.map((e: Edge<{ displayName: string }>) => e.node.displayName)).toEqual(['Emma Wilson']);

    const notes = await execute(
      server,
      'query($id: ID!) { client(id: $id) { sessionNotes(first: 100) { edges { node { id assessment } } } } }',
      { id: emma().id },
      auth,
    );
    expect(notes.errors).toBeUndefined();
    expect(notes.data!.client.sessionNotes.edges.map((e: Edge<{ id: string }>) => e.node.id)).toEqual(notesOf(emma().id).map((n) => n.id));
    expect(notesOf(emma().id).length).toBeGreaterThan(0);

    const secret = await execute(server, 'query($id: ID!) { client(id: $id) { latestSessionNote { id privateNotes } } }', { id: emma().id }, auth);
    expect(secret.data!.client.latestSessionNote).toEqual({ id: notesOf(emma().id)[0].id, privateNotes: null });
    expect(secret.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(secret)).not.toContain(notesOf(emma().id)[0].privateNotes);
  });

  it('does not show Emma another client of her trainer, nor private notes through _entities', async () => {
    const auth = await demoAuth('emma.wilson@example.com');
    const other = await execute(server, CLIENT_DETAIL, { id: clientsOf('maya')[1].id }, auth);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const note = notesOf(emma().id)[0];
    const viaEntities = await execute(
      server,
      `{ _entities(representations: [{ __typename: "SessionNote", id: "${note.id}" }]) { ... on SessionNote { id privateNotes } } }`,
      {},
      auth,
    );
    expect(viaEntities.data!._entities).toEqual([{ id: note.id, privateNotes: null }]);
    expect(viaEntities.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a studio admin any client data (FORBIDDEN), even through _entities', async () => {
    const auth = await demoAuth('studio@harbourfront.demo');
    const list = await execute(server, CLIENTS_PAGE, {}, auth);
    expect(list.data).toBeNull();
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const one = await execute(server, CLIENT_DETAIL, { id: emma().id }, auth);
    expect(one.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const entities = await execute(
      server,
      `{ _entities(representations: [{ __typename: "Client", id: "${emma().id}" }]) { ... on Client { id firstName } } }`,
      {},
      auth,
    );
    expect(entities.data!._entities).toEqual([null]);
    expect(JSON.stringify(entities)).not.toContain(emma().firstName);
  });
});

describe('adding and changing clients', () => {
  const CREATE =
    'mutation($input: CreateClientInput!) { createClient(input: $input) { id displayName email dateOfBirth medicalInfo { allergies } status trainer { id } } }';

  it('refuses an invalid email with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await clientCount();
    const result = await execute(
      server,
      CREATE,
      { input: { firstName: 'Ada', lastName: 'Byron', email: 'not-an-email' } },
      await demoAuth('noah@fitflow.demo'),
    );
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
      const mayaTries = await execute(
        server,
        'mutation($id: ID!) { updateClient(id: $id, input: { goals: "x" }) { id } }',
        { id },
        await demoAuth('maya@fitflow.demo'),
      );
      expect(mayaTries.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
      // Every write left an audit row in its own transaction, PHI redacted.
      const audit = await owner.query(`select action, user_id, old_values, new_values from clients.audit_log where record_id = $1 order by created_at`, [id]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update']);
      expect(audit[0].user_id).toBe(trainer('noah').id);
      expect(audit[1].old_values).toEqual({ lastName: '[redacted]', email: '[redacted]', phone: null, status: 'active' });
      expect(audit[1].new_values).toEqual({ lastName: '[redacted]', email: null, phone: '[redacted]', status: 'inactive' });
      expect(JSON.stringify(audit)).not.toMatch(/Lovelace|Byron|ada\.byron|latex/i);
    } finally {
      await removeClient(id);
    }
  });

  it('does not let a client or a studio admin add clients', async () => {
    for (const email of ['emma.wilson@example.com', 'studio@harbourfront.demo']) {
      const result = await execute(server, CREATE, { input: { firstName: 'Ada', lastName: 'Byron' } }, await demoAuth(email));
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('soft-deletes a client: hidden everywhere (list, detail, _entities, the directory), audited', async () => {
    const client = clientsOf('sofia')[0];
    const auth = await demoAuth('sofia@fitflow.demo');
    const emmaTries = await execute(server, 'mutation($id: ID!) { deleteClient(id: $id) }', { id: emma().id }, await demoAuth('emma.wilson@example.com'));
    expect(emmaTries.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const removed = await execute(server, 'mutation($id: ID!) { deleteClient(id: $id) }', { id: client.id }, auth);
    expect(removed.errors).toBeUndefined();
    try {
      const one = await execute(server, CLIENT_DETAIL, { id: client.id }, auth);
      expect(one.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
      const list = await execute(server, CLIENTS_PAGE, { first: 100 }, auth);
      // Her own clients but the deleted one, plus Emma, whom Maya shares with her read-only.
      expect(list.data!.clients.edges).toHaveLength(clientsOf('sofia').length - 1 + 1);
      const viaEntities = await execute(
        server,
        `{ _entities(representations: [{ __typename: "Client", id: "${client.id}" }]) { ... on Client { id } } }`,
        {},
        auth,
      );
      expect(viaEntities.data!._entities).toEqual([null]);
      expect(await owner.query('select id from clients.client_directory where id = $1', [client.id])).toEqual([]);
      const [audit] = await owner.query(`select user_id from clients.audit_log where record_id = $1 and action = 'delete'`, [client.id]);
      expect(audit.user_id).toBe(trainer('sofia').id);
    } finally {
      await owner.query('update clients.clients set deleted_at = null where id = $1', [client.id]);
    }
  });
});

describe('training plans', () => {
  it("shows a client's training plans", async () => {
    const client = clientsOf('maya')[2];
    const id = crypto.randomUUID();
    const key = await owner.transaction((em) => new DataKeyRepository(em, systemScope(), new ClientKeys(keyRing)).forClient(client.id));
    const sealed = sealTrainingPlan({ planDetails: { weeks: 12 }, progressMetrics: {} }, key, id);
    await owner.query(
      `insert into clients.training_plans (id, trainer_id, client_id, name, goal, start_date, frequency_per_week, plan_details, progress_metrics)
       values ($1, $2, $3, 'Half marathon base', 'Run 21 km', '2026-01-05', 3, $4, $5)`,
      [id, trainer('maya').id, client.id, sealed.planDetails, sealed.progressMetrics],
    );
    try {
      const result = await execute(
        server,
        'query($id: ID!) { client(id: $id) { trainingPlans { name goal startDate endDate frequencyPerWeek status planDetails } } }',
        { id: client.id },
        await demoAuth('maya@fitflow.demo'),
      );
      expect(result.data!.client.trainingPlans).toEqual([
        {
          name: 'Half marathon base',
          goal: 'Run 21 km',
          startDate: '2026-01-05',
          endDate: null,
          frequencyPerWeek: 3,
          status: 'ACTIVE',
          planDetails: { weeks: 12 },
        },
      ]);
      const [raw] = await owner.query('select plan_details from clients.training_plans where id = $1', [id]);
      expect(raw.plan_details).toMatch(/^v1:client\./);
    } finally {
      await owner.query('delete from clients.training_plans where id = $1', [id]);
    }
  });
});

subgraphContract('clients', {
  server: () => server,
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
      selection: 'id sessionDate privateNotes client { id latestSessionNote { id } }',
      knownIds: () => notesOf(emma().id).map((n) => n.id),
      auth: () => demoAuth('maya@fitflow.demo'),
    },
  ],
});

describe('protection and errors', () => {
  it('refuses a client cursor this API did not make, without leaking internals', async () => {
    const badCursor = await execute(server, CLIENTS_PAGE, { after: 'bm90IGEgY3Vyc29y' }, await demoAuth('maya@fitflow.demo'));
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badCursor)).not.toMatch(/select|stack|clients\.clients/i);
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
    await execute(server, query, { r: representations(all) }, everyTrainer); // steady state: data keys cached
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

describe('encryption at rest', () => {
  it('stores every PHI column of the demo data as ciphertext only', async () => {
    const rows: Record<string, string | null>[] = await owner.query(
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
    const notes: Record<string, string>[] = await owner.query(
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
    const [{ wrapped }] = await owner.query('select wrapped from clients.data_keys where id = $1', [`client:${emma().id}`]);
    expect(wrapped).not.toBeNull();
  });

  it('refuses a ciphertext moved to another row (AAD names the column and row)', async () => {
    const [a, b] = clientsOf('maya');
    const [{ goals }] = await owner.query('select goals from clients.clients where id = $1', [a.id]);
    const [{ goals: original }] = await owner.query('select goals from clients.clients where id = $1', [b.id]);
    await owner.query('update clients.clients set goals = $2 where id = $1', [b.id, goals]);
    try {
      const result = await execute(server, CLIENT_DETAIL, { id: b.id }, await demoAuth('maya@fitflow.demo'));
      expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(result)).not.toContain(a.goals);
    } finally {
      await owner.query('update clients.clients set goals = $2 where id = $1', [b.id, original]);
    }
  });
});

describe('row-level security, the third wall', () => {
  const count = (viewer: Viewer | null, sql: string) => new ScopedDb(ds, scopeOf(viewer)).run(async (em) => Number((await em.query(sql))[0].n));

  it('lets a raw query without any repository filter see only the caller’s rows', async () => {
    const stored = async (trainerIds: string[]) =>
      Number((await owner.query('select count(*)::int as n from clients.clients where trainer_id = any($1::uuid[]) and erased_at is null', [trainerIds]))[0].n);
    const all = 'select count(*)::int as n from clients.clients';
    expect(await count(viewerOf('noah@fitflow.demo'), all)).toBe(await stored([trainer('noah').id]));
    expect(await count(viewerOf('liam@fitflow.demo'), all)).toBe(await stored([trainer('liam').id]));
    expect(await count(viewerOf('maya@fitflow.demo'), all)).toBe(await stored(['maya', 'liam', 'sofia'].map((k) => trainer(k).id)));
    expect(await count(viewerOf('emma.wilson@example.com'), all)).toBe(1);
    expect(await count(viewerOf('studio@harbourfront.demo'), all)).toBe(0);
    expect(await count(viewerOf('admin@fitflow.demo'), all)).toBe(0);
    expect(await count(null, all)).toBe(0);
    expect(Number((await ds.query(all))[0].n)).toBe(0); // no claims set at all
    expect(await count(viewerOf('emma.wilson@example.com'), 'select count(*)::int as n from clients.session_notes')).toBe(notesOf(emma().id).length);
    expect(await count(viewerOf('noah@fitflow.demo'), `select count(*)::int as n from clients.session_notes where client_id = '${emma().id}'`)).toBe(0);
  });

  it('refuses writes outside the caller’s scope, whatever the application asks', async () => {
    const liam = new ScopedDb(ds, scopeOf(viewerOf('liam@fitflow.demo')));
    const changed = await liam.run((em) => em.query(`update clients.clients set status = 'inactive' where id = $1`, [clientsOf('maya')[0].id]));
    expect(changed[1]).toBe(0);
    await expect(
      liam.run((em) =>
        em.query(`insert into clients.clients (id, trainer_id, first_name, last_name, medical_info) values (gen_random_uuid(), $1, 'x', 'y', 'z')`, [
          trainer('maya').id,
        ]),
      ),
    ).rejects.toThrow(/row-level security/);
    const deleted = await new ScopedDb(ds, scopeOf(viewerOf('maya@fitflow.demo'))).run((em) =>
      em.query('delete from clients.session_notes where client_id = $1', [clientsOf('maya')[0].id]),
    );
    expect(deleted[1]).toBe(0);
  });
});

describe('audit and access logs', () => {
  it('keeps the logs append-only: PostgreSQL refuses the runtime role UPDATE and DELETE', async () => {
    for (const table of ['clients.audit_log', 'clients.access_log']) {
      await expect(ds.query(`update ${table} set user_id = user_id`)).rejects.toThrow(/permission denied/);
      await expect(ds.query(`delete from ${table}`)).rejects.toThrow(/permission denied/);
    }
  });

  it('logs each PHI read with who and why, batched, and shows a client who read their record', async () => {
    const client = emma();
    const before = Number((await owner.query('select count(*)::int as n from clients.access_log where subject_client_id = $1', [client.id]))[0].n);
    const maya = await execute(
      server,
      'query($id: ID!) { client(id: $id) { id latestSessionNote { id } } }',
      { id: client.id },
      await demoAuth('maya@fitflow.demo'),
    );
    expect(maya.errors).toBeUndefined();
    const rows = await owner.query(
      'select user_id, resource_type, purpose, action from clients.access_log where subject_client_id = $1 order by created_at desc, resource_type limit 2',
      [client.id],
    );
    // One row for the profile, one for the note (each written by its own DataLoader batch).
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        { user_id: trainer('maya').id, resource_type: 'client', purpose: 'treatment', action: 'view' },
        { user_id: trainer('maya').id, resource_type: 'session_note', purpose: 'treatment', action: 'view' },
      ]),
    );
    const emmaAuth = await demoAuth('emma.wilson@example.com');
    const mine = await execute(
      server,
      '{ myAccessLog(first: 100) { edges { node { userId accessedAt resourceType resourceId purpose action } } pageInfo { hasNextPage } } }',
      {},
      emmaAuth,
    );
    expect(mine.errors).toBeUndefined();
    const entries = mine.data!.myAccessLog.edges.map((e: Edge<{ userId: string; purpose: string }>) => e.node);
    expect(entries.length).toBeGreaterThanOrEqual(Math.min(100, before + 2));
    expect(entries).toContainEqual(
      expect.objectContaining({ userId: trainer('maya').id, resourceType: 'client', resourceId: client.id, purpose: 'treatment' }),
    );
    expect(entries.some((e: { purpose: string }) => e.purpose === 'self')).toBe(true);
    // Each entry says in which capacity, and names the trainer through the graph (Trainer entity).
    const named = await execute(server, '{ myAccessLog(first: 100) { edges { node { purpose accessorRole trainer { id } } } } }', {}, emmaAuth);
    const roles = named.data!.myAccessLog.edges.map((e: Edge<{ purpose: string; accessorRole: string; trainer: { id: string } | null }>) => e.node);
    expect(roles).toContainEqual({ purpose: 'treatment', accessorRole: 'TRAINER_ADMIN', trainer: { id: trainer('maya').id } });
    expect(roles).toContainEqual({ purpose: 'self', accessorRole: 'CLIENT', trainer: null });

    // The trainer and the team admin may read the log; others may not; the page continues by cursor.
    const first = await execute(
      server,
      'query($id: ID!) { clientAccessLog(clientId: $id, first: 1) { edges { node { userId } } pageInfo { endCursor hasNextPage } } }',
      { id: client.id },
      await demoAuth('maya@fitflow.demo'),
    );
    expect(first.errors).toBeUndefined();
    const next = await execute(
      server,
      'query($id: ID!, $after: String) { clientAccessLog(clientId: $id, first: 1, after: $after) { edges { node { id } } } }',
      { id: client.id, after: first.data!.clientAccessLog.pageInfo.endCursor },
      await demoAuth('maya@fitflow.demo'),
    );
    expect(next.data!.clientAccessLog.edges).toHaveLength(1);
    const liamsClient = clientsOf('liam')[0];
    const team = await execute(
      server,
      'query($id: ID!) { clientAccessLog(clientId: $id) { edges { node { id } } } }',
      { id: liamsClient.id },
      await demoAuth('maya@fitflow.demo'),
    );
    expect(team.errors).toBeUndefined();
    const emmaTries = await execute(server, 'query($id: ID!) { clientAccessLog(clientId: $id) { edges { node { id } } } }', { id: client.id }, emmaAuth);
    expect(emmaTries.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noahTries = await execute(
      server,
      'query($id: ID!) { clientAccessLog(clientId: $id) { edges { node { id } } } }',
      { id: client.id },
      await demoAuth('noah@fitflow.demo'),
    );
    expect(noahTries.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('a client’s own contact details', () => {
  it('lets Emma change her phone and consents, but nothing else', async () => {
    const auth = await demoAuth('emma.wilson@example.com');
    const mutation =
      'mutation($id: ID!, $input: UpdateClientInput!) { updateClient(id: $id, input: $input) { phone goals consents { marketingEmails progressPhotos } } }';
    try {
      const ok = await execute(
        server,
        mutation,
        { id: emma().id, input: { phone: '+1-416-555-0999', consents: { marketingEmails: true, progressPhotos: false } } },
        auth,
      );
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.updateClient).toEqual({ phone: '+1-416-555-0999', goals: emma().goals, consents: { marketingEmails: true, progressPhotos: false } });
      const goals = await execute(server, mutation, { id: emma().id, input: { goals: 'Run a marathon' } }, auth);
      expect(goals.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const other = await execute(server, mutation, { id: clientsOf('maya')[1].id, input: { phone: '+1-416-555-0999' } }, auth);
      expect(other.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
      const [audit] = await owner.query(
        `select user_id, new_values from clients.audit_log where record_id = $1 and action = 'update' order by created_at desc limit 1`,
        [emma().id],
      );
      expect(audit).toEqual({
        user_id: userOf('emma.wilson@example.com').id,
        new_values: { phone: '[redacted]', consents: { marketingEmails: true, progressPhotos: false } },
      });
    } finally {
      await execute(server, mutation, { id: emma().id, input: { phone: emma().phone, consents: { marketingEmails: false, progressPhotos: false } } }, auth);
    }
  });
});

describe('break glass', () => {
  const BREAK_GLASS = 'mutation($id: ID!, $reason: String!) { breakGlassReadClient(id: $id, reason: $reason) { id firstName medicalInfo { allergies } } }';

  it('gives a super admin no PHI but through an audited, reasoned break-glass read the client can see', async () => {
    const auth = await demoAuth('admin@fitflow.demo');
    const plain = await execute(server, CLIENT_DETAIL, { id: emma().id }, auth);
    expect(plain.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noReason = await execute(server, BREAK_GLASS, { id: emma().id, reason: 'because' }, auth);
    expect(noReason.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: ['reason'] } });
    const trainerTries = await execute(server, BREAK_GLASS, { id: emma().id, reason: 'Client collapsed at the studio' }, await demoAuth('maya@fitflow.demo'));
    expect(trainerTries.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const read = await execute(server, BREAK_GLASS, { id: emma().id, reason: 'Client collapsed at the studio; paramedics ask for allergies' }, auth);
    expect(read.errors).toBeUndefined();
    expect(read.data!.breakGlassReadClient).toEqual({ id: emma().id, firstName: emma().firstName, medicalInfo: { allergies: emma().medicalInfo.allergies } });
    const [audit] = await owner.query(
      `select user_id, reason from clients.audit_log where record_id = $1 and action = 'break_glass' order by created_at desc limit 1`,
      [emma().id],
    );
    expect(audit).toEqual({ user_id: userOf('admin@fitflow.demo').id, reason: 'Client collapsed at the studio; paramedics ask for allergies' });
    const mine = await execute(server, '{ myAccessLog(first: 5) { edges { node { userId purpose } } } }', {}, await demoAuth('emma.wilson@example.com'));
    expect(mine.data!.myAccessLog.edges.map((e: Edge<unknown>) => e.node)).toContainEqual({ userId: userOf('admin@fitflow.demo').id, purpose: 'break_glass' });
    const named = await execute(
      server,
      '{ myAccessLog(first: 5) { edges { node { purpose accessorRole trainer { id } } } } }',
      {},
      await demoAuth('emma.wilson@example.com'),
    );
    expect(named.data!.myAccessLog.edges.map((e: Edge<unknown>) => e.node)).toContainEqual({
      purpose: 'break_glass',
      accessorRole: 'SUPER_ADMIN',
      trainer: null,
    });
    const unknown = await execute(server, BREAK_GLASS, { id: UNKNOWN, reason: 'Checking a record that does not exist' }, auth);
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
  });
});

describe('data rights: export and erasure', () => {
  const EXPORT = 'mutation($id: ID!) { exportClientData(clientId: $id) }';

  it('exports everything held about Emma to Emma (without private notes) and to her trainer, audited', async () => {
    const mine = await execute(server, EXPORT, { id: emma().id }, await demoAuth('emma.wilson@example.com'));
    expect(mine.errors).toBeUndefined();
    const doc = mine.data!.exportClientData;
    expect(doc.client).toMatchObject({ id: emma().id, email: emma().email, medicalInfo: emma().medicalInfo });
    expect(doc.sessionNotes.map((n: { id: string }) => n.id)).toEqual(notesOf(emma().id).map((n) => n.id));
    expect(doc.sessionNotes[0]).not.toHaveProperty('privateNotes');
    expect(JSON.stringify(doc)).not.toContain(notesOf(emma().id)[0].privateNotes);
    expect(doc.accessLog.length).toBeGreaterThan(0);
    expect(doc).toHaveProperty('permissions');
    expect(doc).toHaveProperty('trainingPlans');

    const maya = await execute(server, EXPORT, { id: emma().id }, await demoAuth('maya@fitflow.demo'));
    expect(maya.data!.exportClientData.sessionNotes[0].privateNotes).toBe(notesOf(emma().id)[0].privateNotes);
    const audits = await owner.query(`select user_id from clients.audit_log where record_id = $1 and action = 'export' order by created_at desc limit 2`, [
      emma().id,
    ]);
    expect(audits.map((a: { user_id: string }) => a.user_id).sort()).toEqual([userOf('emma.wilson@example.com').id, trainer('maya').id].sort());
    const noah = await execute(server, EXPORT, { id: emma().id }, await demoAuth('noah@fitflow.demo'));
    expect(noah.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
  });

  it('erases a client once the retention period has passed: the data key is shredded and the record answers NOT_FOUND', async () => {
    const auth = await demoAuth('noah@fitflow.demo');
    const created = await execute(
      server,
      'mutation { createClient(input: { firstName: "Grace", lastName: "Hopper", email: "grace@example.com" }) { id } }',
      {},
      auth,
    );
    const id: string = created.data!.createClient.id;
    try {
      const request = await execute(server, 'mutation($id: ID!) { requestClientErasure(clientId: $id) { id clientId processedAt } }', { id }, auth);
      expect(request.errors).toBeUndefined();
      expect(request.data!.requestClientErasure).toMatchObject({ clientId: id, processedAt: null });
      const again = await execute(server, 'mutation($id: ID!) { requestClientErasure(clientId: $id) { id } }', { id }, auth);
      expect(again.data!.requestClientErasure.id).toBe(request.data!.requestClientErasure.id);

      const byTrainer = await execute(server, 'mutation { processClientErasures }', {}, auth);
      expect(byTrainer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      await expect(new ScopedDb(ds, scopeOf(viewerOf('noah@fitflow.demo'))).run((em) => em.query('select * from clients.due_erasures(0)'))).rejects.toThrow(
        /super admin/,
      );
      const processed = await execute(server, 'mutation { processClientErasures }', {}, await demoAuth('admin@fitflow.demo'));
      expect(processed.errors).toBeUndefined();
      expect(processed.data!.processClientErasures).toBeGreaterThanOrEqual(1);

      const after = await execute(server, CLIENT_DETAIL, { id }, auth);
      expect(after.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
      const [key] = await owner.query('select wrapped, destroyed_at from clients.data_keys where id = $1', [`client:${id}`]);
      expect(key.wrapped).toBeNull();
      expect(key.destroyed_at).not.toBeNull();
      const [raw] = await owner.query('select first_name, email, email_index, erased_at from clients.clients where id = $1', [id]);
      expect(raw.first_name).toMatch(/^v1:client\./);
      expect(raw.email_index).toBeNull();
      expect(raw.erased_at).not.toBeNull();
      // A fresh process (empty key cache) cannot open it either: the key is gone.
      expect(await owner.transaction((em) => new DataKeyRepository(em, systemScope(), new ClientKeys(keyRing)).forClients([id]))).toEqual(new Map());
      const [audit] = await owner.query(`select user_id from clients.audit_log where record_id = $1 and action = 'erase' order by created_at desc limit 1`, [
        id,
      ]);
      expect(audit.user_id).toBe(userOf('admin@fitflow.demo').id);
    } finally {
      await removeClient(id);
    }
  });

  it('lets the scheduled erasure job carry out due requests as the system user, through the same service as the mutation', async () => {
    const auth = await demoAuth('noah@fitflow.demo');
    const created = await execute(server, 'mutation { createClient(input: { firstName: "Alan", lastName: "Turing" }) { id } }', {}, auth);
    const id: string = created.data!.createClient.id;
    try {
      await execute(server, 'mutation($id: ID!) { requestClientErasure(clientId: $id) { id } }', { id }, auth);
      expect(await runErasureJob({ ds, keys: server.keys, retentionYears: 0, log: quietLog })).toBeGreaterThanOrEqual(1);
      const after = await execute(server, CLIENT_DETAIL, { id }, auth);
      expect(after.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
      const [audit] = await owner.query(
        `select user_id, user_agent from clients.audit_log where record_id = $1 and action = 'erase' order by created_at desc limit 1`,
        [id],
      );
      expect(audit).toEqual({ user_id: ERASURE_JOB_USER_ID, user_agent: 'fitflow-erasure-job' });
    } finally {
      await removeClient(id);
    }
  });
});
