import { demoAppAuth, demoAuth, demoEmma as emma, executeAsJson as run } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { CLIENTS_PAGE, clientsOf, ids, mayasTeam, useClientsTestBed } from '../../test-bed.js';

/** Third-party apps at the clients subgraph, called directly: PHI only with clients:read, and never notes or plans (docs/scopes.md). */
const bed = useClientsTestBed();

const MAYA = 'maya@fitflow.demo';
const HARBOURFRONT_ADMIN = 'studio@harbourfront.demo';
const EVERY_SCOPE = ['schedule:read', 'invoices:read', 'clients:read', 'bookings:write'] as const;

const refusal = (coordinate: string, scope?: string) =>
  expect.objectContaining({
    message: scope
      ? `This app may not use ${coordinate}: it needs the scope ${scope}, which the app was not granted.`
      : `This app may not use ${coordinate}: no app scope reaches it.`,
    extensions: { code: 'FORBIDDEN' },
  });
const CLIENT = 'query($id: ID!) { client(id: $id) { id displayName email medicalInfo { allergies } emergencyContact { name } trainer { id } } }';
const accessRows = async (clientId: string) =>
  Number((await bed.owner.query('select count(*)::int as n from clients.access_log where resource_id = $1', [clientId]))[0].n);

describe('an app without clients:read, at the clients subgraph', () => {
  it('is refused Query.clients, Query.client and every Client field, naming clients:read, and reads no record', async () => {
    const auth = await demoAppAuth(MAYA, ['schedule:read', 'invoices:read', 'bookings:write']);
    const before = await accessRows(emma().id);

    const list = await run(bed.server, CLIENTS_PAGE, { first: 100 }, auth);
    expect(list.data).toBeNull();
    expect(list.errors).toEqual([refusal('Query.clients', 'clients:read')]);

    const one = await run(bed.server, CLIENT, { id: emma().id }, auth);
    expect(one.data).toBeNull();
    expect(one.errors).toEqual([refusal('Query.client', 'clients:read')]);

    const entity = await run(
      bed.server,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { firstName medicalInfo { conditions } } } }',
      { r: [{ __typename: 'Client', id: emma().id }] },
      auth,
    );
    expect(entity.errors).toEqual(expect.arrayContaining([refusal('Client.firstName', 'clients:read')]));
    expect(JSON.stringify(entity)).not.toContain(emma().firstName);

    // Refused before any record was read: nothing to log as a PHI access.
    expect(await accessRows(emma().id)).toBe(before);
  });
});

describe('an app with clients:read, at the clients subgraph', () => {
  it("lists its owner's clients exactly as its owner sees them", async () => {
    const app = await run(bed.server, CLIENTS_PAGE, { first: 100 }, await demoAppAuth(MAYA, ['clients:read']));
    expect(app.errors).toBeUndefined();
    expect(app).toEqual(await run(bed.server, CLIENTS_PAGE, { first: 100 }, await demoAuth(MAYA)));
    expect(ids(app.data!.clients)).toEqual(expect.arrayContaining(mayasTeam().map((c) => c.id)));
  });

  it('reads a client record with its health information', async () => {
    const app = await run(bed.server, CLIENT, { id: emma().id }, await demoAppAuth(MAYA, ['clients:read']));
    expect(app.errors).toBeUndefined();
    expect(app.data!.client).toMatchObject({ id: emma().id, displayName: `${emma().firstName} ${emma().lastName}`, email: emma().email });
    expect(app.data!.client.medicalInfo.allergies).toEqual(emma().medicalInfo.allergies);
  });

  it('never reaches session notes, training plans or access logs, whatever its scopes', async () => {
    const auth = await demoAppAuth(MAYA, [...EVERY_SCOPE]);
    for (const [selection, coordinate] of [
      ['sessionNotes { edges { node { id } } }', 'Client.sessionNotes'],
      ['latestSessionNote { id }', 'Client.latestSessionNote'],
      ['trainingPlans { id }', 'Client.trainingPlans'],
    ]) {
      const result = await run(bed.server, `query($id: ID!) { client(id: $id) { id ${selection} } }`, { id: emma().id }, auth);
      expect(result.errors).toEqual([refusal(coordinate)]);
    }
    const log = await run(bed.server, 'query($id: ID!) { clientAccessLog(clientId: $id) { edges { node { id } } } }', { id: emma().id }, auth);
    expect(log.errors).toEqual([refusal('Query.clientAccessLog')]);
    const mine = await run(bed.server, '{ myAccessLog { edges { node { id } } } }', {}, auth);
    expect(mine.errors).toEqual([refusal('Query.myAccessLog')]);
    const notes = await run(
      bed.server,
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Appointment { sessionNotes { id } } } }',
      { r: [{ __typename: 'Appointment', id: '00000000-0000-4000-8000-000000000001' }] },
      auth,
    );
    expect(notes.errors).toEqual([refusal('Appointment.sessionNotes')]);
    const write = await run(bed.server, 'mutation($id: ID!) { deleteClient(id: $id) }', { id: emma().id }, auth);
    expect(write.errors).toEqual([refusal('Mutation.deleteClient')]);
  });

  it("keeps an app of Maya's from Noah's clients, as Maya is kept", async () => {
    const noahs = clientsOf('noah')[0];
    const app = await run(bed.server, CLIENT, { id: noahs.id }, await demoAppAuth(MAYA, ['clients:read']));
    expect(app.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(app).toEqual(await run(bed.server, CLIENT, { id: noahs.id }, await demoAuth(MAYA)));
    const list = await run(bed.server, CLIENTS_PAGE, { first: 100, search: noahs.lastName }, await demoAppAuth(MAYA, ['clients:read']));
    expect(ids(list.data!.clients)).not.toContain(noahs.id);
  });

  it("gives a studio admin's app no client a studio admin could not read", async () => {
    const app = await run(bed.server, CLIENTS_PAGE, { first: 100 }, await demoAppAuth(HARBOURFRONT_ADMIN, ['clients:read']));
    expect(app).toEqual(await run(bed.server, CLIENTS_PAGE, { first: 100 }, await demoAuth(HARBOURFRONT_ADMIN)));
    expect(app.data?.clients?.edges ?? []).toEqual([]);
  });
});
