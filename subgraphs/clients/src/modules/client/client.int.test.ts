import { demoAuth, demoEmma as emma, demoTrainer as trainer, execute, UNKNOWN_ID as UNKNOWN } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import {
  CLIENT_DETAIL,
  CLIENTS_PAGE,
  clientsOf,
  ids,
  mayasTeam,
  notesOf,
  userOf,
  useClientsTestBed,
  type Edge,
  type Page,
  removeClient,
} from '../../test-bed.js';

/** Clients as trainers, team admins, the client herself and a super admin (break glass) see and change them. */
const bed = useClientsTestBed();

const clientCount = async () => Number((await bed.owner.query('select count(*)::int as n from clients.clients'))[0].n);
/** Test clean-up, as the owner (the runtime role has no DELETE policy). */
describe('a trainer and their clients', () => {
  it('shows the trainer admin her own clients and her team’s, ten at a time, each once', async () => {
    const auth = await demoAuth('maya@fitflow.demo');
    const seen: string[] = [];
    const pageSizes: number[] = [];
    let after: string | null = null;
    for (;;) {
      const result = await execute<{ clients: Page<{ id: string; displayName: string }> }>(bed.server, CLIENTS_PAGE, { first: 10, after }, auth);
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
    const noah = await execute(bed.server, CLIENTS_PAGE, { first: 100 }, await demoAuth('noah@fitflow.demo'));
    expect(ids(noah.data!.clients).sort()).toEqual(
      clientsOf('noah')
        .map((c) => c.id)
        .sort(),
    );
  });

  it('lets a trainer admin open a team trainer’s client, and answers a trainer outside the team as for an unknown id', async () => {
    const liamsClient = clientsOf('liam')[2];
    const maya = await execute(bed.server, CLIENT_DETAIL, { id: liamsClient.id }, await demoAuth('maya@fitflow.demo'));
    expect(maya.errors).toBeUndefined();
    expect(maya.data!.client).toMatchObject({
      id: liamsClient.id,
      email: liamsClient.email,
      medicalInfo: liamsClient.medicalInfo,
      trainer: { id: trainer('liam').id },
    });
    const noahAuth = await demoAuth('noah@fitflow.demo');
    const outside = await execute(bed.server, CLIENT_DETAIL, { id: liamsClient.id }, noahAuth);
    const unknown = await execute(bed.server, CLIENT_DETAIL, { id: UNKNOWN }, noahAuth);
    expect(outside).toEqual(unknown);
    expect(outside.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
  });

  it('shows one client exactly as stored in the demo tenant', async () => {
    const client = clientsOf('maya')[3];
    const result = await execute(bed.server, CLIENT_DETAIL, { id: client.id.toUpperCase() }, await demoAuth('maya@fitflow.demo'));
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
    const byName = await execute(bed.server, CLIENTS_PAGE, { search: 'wILSON', first: 100 }, auth);
    const wilsons = mayasTeam().filter((c) => `${c.firstName} ${c.lastName}`.toLowerCase().includes('wilson'));
    expect(ids(byName.data!.clients).sort()).toEqual(wilsons.map((c) => c.id).sort());
    expect(ids(byName.data!.clients)).toContain(emma().id);
    // A whole email address is looked up by blind index, whoever on the team the client belongs to.
    const byEmail = await execute(bed.server, CLIENTS_PAGE, { search: ' EMMA.Wilson@example.COM ' }, auth);
    expect(ids(byEmail.data!.clients)).toEqual([emma().id]);
    const liamsClient = clientsOf('liam')[4];
    const teamEmail = await execute(bed.server, CLIENTS_PAGE, { search: liamsClient.email.toUpperCase() }, auth);
    expect(ids(teamEmail.data!.clients)).toEqual([liamsClient.id]);
    const notMine = await execute(bed.server, CLIENTS_PAGE, { search: clientsOf('noah')[0].email }, auth);
    expect(notMine.data!.clients.edges).toEqual([]);
    const literal = await execute(bed.server, CLIENTS_PAGE, { search: '%' }, auth);
    expect(literal.data!.clients.edges).toEqual([]);
  });

  it("does not show one trainer another trainer's client", async () => {
    const mayasClient = clientsOf('maya')[1];
    const auth = await demoAuth('liam@fitflow.demo');
    const result = await execute(bed.server, CLIENT_DETAIL, { id: mayasClient.id }, auth);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
    const list = await execute(bed.server, CLIENTS_PAGE, { first: 100 }, auth);
    expect(list.data!.clients.edges.map((e: Edge<{ id: string }>) => e.node.id).sort()).toEqual(
      clientsOf('liam')
        .map((c) => c.id)
        .sort(),
    );
  });

  it("lists a trainer's clients on the Trainer entity, only as far as the caller may see them", async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Trainer { id clients(first: 100) { edges { node { id } } } } } }`;
    const r = ['maya', 'liam', 'noah'].map((key) => ({ __typename: 'Trainer', id: trainer(key).id }));
    const result = await execute(bed.server, query, { r }, await demoAuth('maya@fitflow.demo'));
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
    await bed.owner.query(`insert into clients.client_permissions (client_id, trainer_id, permission_level, granted_by) values ($1, $2, 'read', $3)`, [
      shared.id,
      trainer('noah').id,
      trainer('maya').id,
    ]);
    try {
      const list = await execute(bed.server, CLIENTS_PAGE, { first: 100 }, liamAuth);
      expect(list.data!.clients.edges.map((e: Edge<{ id: string }>) => e.node.id)).toContain(shared.id);
      const detail = await execute(bed.server, CLIENT_DETAIL, { id: shared.id }, liamAuth);
      expect(detail.data!.client).toMatchObject({ id: shared.id, email: shared.email, trainer: { id: trainer('maya').id } });
      const update = await execute(bed.server, 'mutation($id: ID!) { updateClient(id: $id, input: { goals: "x" }) { id } }', { id: shared.id }, liamAuth);
      expect(update.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const remove = await execute(bed.server, 'mutation($id: ID!) { deleteClient(id: $id) }', { id: shared.id }, liamAuth);
      expect(remove.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const log = await execute(bed.server, 'query($id: ID!) { clientAccessLog(clientId: $id) { edges { node { id } } } }', { id: shared.id }, liamAuth);
      expect(log.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    } finally {
      await bed.owner.query('delete from clients.client_permissions where client_id = $1', [shared.id]);
    }
  });
});

describe('a client looking at their own record', () => {
  it('lets Emma see herself and her signed session notes, but never a draft or the private notes', async () => {
    const auth = await demoAuth('emma.wilson@example.com');
    const list = await execute(bed.server, CLIENTS_PAGE, {}, auth);
    expect(list.data!.clients.edges.map((e: Edge<{ displayName: string }>) => e.node.displayName)).toEqual(['Emma Wilson']);

    const notes = await execute(
      bed.server,
      'query($id: ID!) { client(id: $id) { sessionNotes(first: 100) { edges { node { id assessment } } } } }',
      { id: emma().id },
      auth,
    );
    expect(notes.errors).toBeUndefined();
    const signed = notesOf(emma().id).filter((n) => n.signedAt);
    expect(signed.length).toBeGreaterThan(0);
    expect(signed.length).toBeLessThan(notesOf(emma().id).length);
    expect(notes.data!.client.sessionNotes.edges.map((e: Edge<{ id: string }>) => e.node.id)).toEqual(signed.map((n) => n.id));

    const secret = await execute(bed.server, 'query($id: ID!) { client(id: $id) { latestSessionNote { id privateNotes } } }', { id: emma().id }, auth);
    expect(secret.data!.client.latestSessionNote).toEqual({ id: signed[0].id, privateNotes: null });
    expect(secret.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(secret)).not.toContain(signed[0].privateNotes);
  });

  it('does not show Emma another client of her trainer, nor a draft note or private notes through _entities', async () => {
    const auth = await demoAuth('emma.wilson@example.com');
    const other = await execute(bed.server, CLIENT_DETAIL, { id: clientsOf('maya')[1].id }, auth);
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const note = notesOf(emma().id).find((n) => n.signedAt)!;
    const draft = notesOf(emma().id).find((n) => !n.signedAt)!;
    const viaEntities = await execute(
      bed.server,
      `{ _entities(representations: [{ __typename: "SessionNote", id: "${note.id}" }, { __typename: "SessionNote", id: "${draft.id}" }]) { ... on SessionNote { id privateNotes } } }`,
      {},
      auth,
    );
    expect(viaEntities.data!._entities).toEqual([{ id: note.id, privateNotes: null }, null]);
    expect(viaEntities.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a studio admin any client data (FORBIDDEN), even through _entities', async () => {
    const auth = await demoAuth('studio@harbourfront.demo');
    const list = await execute(bed.server, CLIENTS_PAGE, {}, auth);
    expect(list.data).toBeNull();
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const one = await execute(bed.server, CLIENT_DETAIL, { id: emma().id }, auth);
    expect(one.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const entities = await execute(
      bed.server,
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
      bed.server,
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
    const future = await execute(bed.server, CREATE, { input: { firstName: 'Ada', lastName: 'Byron', dateOfBirth: '2999-01-01' } }, auth);
    expect(future.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: ['dateOfBirth'] } });
    const blank = await execute(bed.server, CREATE, { input: { firstName: '', lastName: 'Byron' } }, auth);
    expect(blank.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: ['firstName'] } });
  });

  it('lets a trainer add a client, change them, and find them in their list', async () => {
    const auth = await demoAuth('noah@fitflow.demo');
    const created = await execute(
      bed.server,
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
        bed.server,
        'mutation($id: ID!, $input: UpdateClientInput!) { updateClient(id: $id, input: $input) { displayName email status phone } }',
        { id, input: { lastName: 'Lovelace', email: null, status: 'INACTIVE', phone: '+1-604-555-0199' } },
        auth,
      );
      expect(update.errors).toBeUndefined();
      expect(update.data!.updateClient).toEqual({ displayName: 'Ada Lovelace', email: null, status: 'INACTIVE', phone: '+1-604-555-0199' });
      const nulled = await execute(bed.server, 'mutation($id: ID!) { updateClient(id: $id, input: { firstName: null }) { id } }', { id }, auth);
      expect(nulled.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: ['firstName'] } });
      const search = await execute(bed.server, CLIENTS_PAGE, { search: 'lovelace' }, auth);
      expect(search.data!.clients.edges.map((e: Edge<{ id: string }>) => e.node.id)).toEqual([id]);
      const mayaTries = await execute(
        bed.server,
        'mutation($id: ID!) { updateClient(id: $id, input: { goals: "x" }) { id } }',
        { id },
        await demoAuth('maya@fitflow.demo'),
      );
      expect(mayaTries.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
      // Every write left an audit row in its own transaction, PHI redacted.
      const audit = await bed.owner.query(`select action, user_id, old_values, new_values from clients.audit_log where record_id = $1 order by created_at`, [
        id,
      ]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update']);
      expect(audit[0].user_id).toBe(trainer('noah').id);
      expect(audit[1].old_values).toEqual({ lastName: '[redacted]', email: '[redacted]', phone: null, status: 'active' });
      expect(audit[1].new_values).toEqual({ lastName: '[redacted]', email: null, phone: '[redacted]', status: 'inactive' });
      expect(JSON.stringify(audit)).not.toMatch(/Lovelace|Byron|ada\.byron|latex/i);
    } finally {
      await removeClient(bed.owner, id);
    }
  });

  it('does not let a client or a studio admin add clients', async () => {
    for (const email of ['emma.wilson@example.com', 'studio@harbourfront.demo']) {
      const result = await execute(bed.server, CREATE, { input: { firstName: 'Ada', lastName: 'Byron' } }, await demoAuth(email));
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('soft-deletes a client: hidden everywhere (list, detail, _entities, the directory), audited', async () => {
    const client = clientsOf('sofia')[0];
    const auth = await demoAuth('sofia@fitflow.demo');
    const emmaTries = await execute(bed.server, 'mutation($id: ID!) { deleteClient(id: $id) }', { id: emma().id }, await demoAuth('emma.wilson@example.com'));
    expect(emmaTries.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const removed = await execute(bed.server, 'mutation($id: ID!) { deleteClient(id: $id) }', { id: client.id }, auth);
    expect(removed.errors).toBeUndefined();
    try {
      const one = await execute(bed.server, CLIENT_DETAIL, { id: client.id }, auth);
      expect(one.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
      const list = await execute(bed.server, CLIENTS_PAGE, { first: 100 }, auth);
      // Her own clients but the deleted one, plus Emma, whom Maya shares with her read-only.
      expect(list.data!.clients.edges).toHaveLength(clientsOf('sofia').length - 1 + 1);
      const viaEntities = await execute(
        bed.server,
        `{ _entities(representations: [{ __typename: "Client", id: "${client.id}" }]) { ... on Client { id } } }`,
        {},
        auth,
      );
      expect(viaEntities.data!._entities).toEqual([null]);
      expect(await bed.owner.query('select id from clients.client_directory where id = $1', [client.id])).toEqual([]);
      const [audit] = await bed.owner.query(`select user_id from clients.audit_log where record_id = $1 and action = 'delete'`, [client.id]);
      expect(audit.user_id).toBe(trainer('sofia').id);
    } finally {
      await bed.owner.query('update clients.clients set deleted_at = null where id = $1', [client.id]);
    }
  });
});

describe('a client’s own contact details', () => {
  it('lets Emma change her phone and consents, but nothing else', async () => {
    const auth = await demoAuth('emma.wilson@example.com');
    const mutation =
      'mutation($id: ID!, $input: UpdateClientInput!) { updateClient(id: $id, input: $input) { phone goals consents { marketingEmails progressPhotos } } }';
    try {
      const ok = await execute(
        bed.server,
        mutation,
        { id: emma().id, input: { phone: '+1-416-555-0999', consents: { marketingEmails: true, progressPhotos: false } } },
        auth,
      );
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.updateClient).toEqual({ phone: '+1-416-555-0999', goals: emma().goals, consents: { marketingEmails: true, progressPhotos: false } });
      const goals = await execute(bed.server, mutation, { id: emma().id, input: { goals: 'Run a marathon' } }, auth);
      expect(goals.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const other = await execute(bed.server, mutation, { id: clientsOf('maya')[1].id, input: { phone: '+1-416-555-0999' } }, auth);
      expect(other.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
      const [audit] = await bed.owner.query(
        `select user_id, new_values from clients.audit_log where record_id = $1 and action = 'update' order by created_at desc limit 1`,
        [emma().id],
      );
      expect(audit).toEqual({
        user_id: userOf('emma.wilson@example.com').id,
        new_values: { phone: '[redacted]', consents: { marketingEmails: true, progressPhotos: false } },
      });
    } finally {
      await execute(bed.server, mutation, { id: emma().id, input: { phone: emma().phone, consents: { marketingEmails: false, progressPhotos: false } } }, auth);
    }
  });
});

describe('break glass', () => {
  const BREAK_GLASS = 'mutation($id: ID!, $reason: String!) { breakGlassReadClient(id: $id, reason: $reason) { id firstName medicalInfo { allergies } } }';

  it('gives a super admin no PHI but through an audited, reasoned break-glass read the client can see', async () => {
    const auth = await demoAuth('admin@fitflow.demo');
    const plain = await execute(bed.server, CLIENT_DETAIL, { id: emma().id }, auth);
    expect(plain.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noReason = await execute(bed.server, BREAK_GLASS, { id: emma().id, reason: 'because' }, auth);
    expect(noReason.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: ['reason'] } });
    const trainerTries = await execute(
      bed.server,
      BREAK_GLASS,
      { id: emma().id, reason: 'Client collapsed at the studio' },
      await demoAuth('maya@fitflow.demo'),
    );
    expect(trainerTries.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const read = await execute(bed.server, BREAK_GLASS, { id: emma().id, reason: 'Client collapsed at the studio; paramedics ask for allergies' }, auth);
    expect(read.errors).toBeUndefined();
    expect(read.data!.breakGlassReadClient).toEqual({ id: emma().id, firstName: emma().firstName, medicalInfo: { allergies: emma().medicalInfo.allergies } });
    const [audit] = await bed.owner.query(
      `select user_id, reason from clients.audit_log where record_id = $1 and action = 'break_glass' order by created_at desc limit 1`,
      [emma().id],
    );
    expect(audit).toEqual({ user_id: userOf('admin@fitflow.demo').id, reason: 'Client collapsed at the studio; paramedics ask for allergies' });
    const mine = await execute(bed.server, '{ myAccessLog(first: 5) { edges { node { userId purpose } } } }', {}, await demoAuth('emma.wilson@example.com'));
    expect(mine.data!.myAccessLog.edges.map((e: Edge<unknown>) => e.node)).toContainEqual({ userId: userOf('admin@fitflow.demo').id, purpose: 'break_glass' });
    const named = await execute(
      bed.server,
      '{ myAccessLog(first: 5) { edges { node { purpose accessorRole trainer { id } } } } }',
      {},
      await demoAuth('emma.wilson@example.com'),
    );
    expect(named.data!.myAccessLog.edges.map((e: Edge<unknown>) => e.node)).toContainEqual({
      purpose: 'break_glass',
      accessorRole: 'SUPER_ADMIN',
      trainer: null,
    });
    const unknown = await execute(bed.server, BREAK_GLASS, { id: UNKNOWN, reason: 'Checking a record that does not exist' }, auth);
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
  });
});
