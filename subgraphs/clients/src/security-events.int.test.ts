import { demoAuth, UNKNOWN_ID } from '@fitflow/testkit';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clientsOf, useClientsTestBed, userOf } from './test-bed.js';

/**
 * Security events (docs/security.md): every NOT_FOUND a signed-in caller gets — another tenant's
 * record answers exactly like an unknown one — leaves a `clients.refusal_log` row, without PHI.
 */
const bed = useClientsTestBed();

const CLIENT = /* GraphQL */ `
  query Client($id: ID!) {
    client(id: $id) {
      id
      firstName
      medicalInfo {
        conditions
      }
    }
  }
`;

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
}

/** Runs `query` as the HTTP layer would, with a request id and caller address of the test's choosing. */
async function ask(
  query: string,
  variables: Record<string, unknown>,
  authorization: string | undefined,
  requestId = `probe-${randomUUID()}`,
  ip: string | null = '198.51.100.7',
) {
  const contextValue = await bed.server.createContext({ authorization, requestId, ip });
  const response = await bed.server.apollo.executeOperation({ query, variables }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { requestId, answer: JSON.parse(JSON.stringify(response.body.singleResult)) as Answer };
}

/** Every column of the refusal-log rows of one request (owner connection), oldest first. */
const rowsOf = (requestId: string): Promise<Record<string, unknown>[]> =>
  bed.owner.query(
    `select id, kind, user_id, app_id, resource_type, field, resource_id, host(ip_address) as ip_address, request_id, created_at
       from clients.refusal_log where request_id = $1 order by created_at, field`,
    [requestId],
  );

/** `Query.client` is non-null: the refusal nulls the whole answer. */
const NOT_FOUND = { data: null, errors: [expect.objectContaining({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } })] };

describe('a NOT_FOUND answer is recorded as a security event', () => {
  it('Noah asking for a client of Maya: NOT_FOUND, and one row naming Noah, the type, the field and the id, no PHI', async () => {
    const mayas = clientsOf('maya')[0];
    const { requestId, answer } = await ask(CLIENT, { id: mayas.id.toUpperCase() }, await demoAuth('noah@fitflow.demo'));
    expect(answer).toEqual(NOT_FOUND);

    const rows = await rowsOf(requestId);
    expect(rows).toEqual([
      {
        id: expect.any(String),
        kind: 'not_found',
        user_id: userOf('noah@fitflow.demo').id,
        app_id: null,
        resource_type: 'Client',
        field: 'Query.client',
        resource_id: mayas.id,
        ip_address: '198.51.100.7',
        request_id: requestId,
        created_at: expect.any(Date),
      },
    ]);
    const stored = JSON.stringify(rows);
    for (const phi of [mayas.firstName, mayas.lastName, mayas.email]) expect(stored).not.toContain(phi);
  });

  it('an unknown id: the same answer, and a row with that id', async () => {
    const { requestId, answer } = await ask(CLIENT, { id: UNKNOWN_ID }, await demoAuth('noah@fitflow.demo'));
    expect(answer).toEqual(NOT_FOUND);
    expect(await rowsOf(requestId)).toEqual([
      expect.objectContaining({ user_id: userOf('noah@fitflow.demo').id, resource_type: 'Client', field: 'Query.client', resource_id: UNKNOWN_ID }),
    ]);
  });

  it('an aliased probe: a row per NOT_FOUND answered, its field named by the schema (not the alias)', async () => {
    const probe = `query { a: client(id: "${clientsOf('maya')[0].id}") { id } b: client(id: "${clientsOf('liam')[0].id}") { id } }`;
    const { requestId, answer } = await ask(probe, {}, await demoAuth('noah@fitflow.demo'));
    const codes = answer.errors?.map((e) => e.extensions?.code) ?? [];
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => code === 'NOT_FOUND')).toBe(true);
    const rows = await rowsOf(requestId);
    expect(rows).toHaveLength(codes.length);
    for (const row of rows) {
      expect(row.field).toBe('Query.client');
      expect([clientsOf('maya')[0].id, clientsOf('liam')[0].id]).toContain(row.resource_id);
    }
  });

  it('records nothing for an answered read, nor for an anonymous caller (refused UNAUTHENTICATED before any lookup)', async () => {
    const own = await ask(CLIENT, { id: clientsOf('noah')[0].id }, await demoAuth('noah@fitflow.demo'));
    expect(own.answer.errors).toBeUndefined();
    const anonymous = await ask(CLIENT, { id: clientsOf('maya')[0].id }, undefined);
    expect(anonymous.answer.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(await rowsOf(own.requestId)).toEqual([]);
    expect(await rowsOf(anonymous.requestId)).toEqual([]);
  });

  it('a failed insert does not change the answer (nothing recorded, the caller still gets NOT_FOUND)', async () => {
    const auth = await demoAuth('noah@fitflow.demo');
    await bed.owner.query('revoke insert on clients.refusal_log from fitflow_clients_app');
    try {
      const { requestId, answer } = await ask(CLIENT, { id: clientsOf('maya')[0].id }, auth);
      expect(answer).toEqual(NOT_FOUND);
      expect(await rowsOf(requestId)).toEqual([]);
    } finally {
      await bed.owner.query('grant insert on clients.refusal_log to fitflow_clients_app');
    }
    // And recording works again once the grant is back.
    const again = await ask(CLIENT, { id: clientsOf('maya')[0].id }, auth);
    expect(await rowsOf(again.requestId)).toHaveLength(1);
  });

  it('is append-only for the runtime role', async () => {
    await expect(bed.ds.query(`update clients.refusal_log set resource_type = 'x'`)).rejects.toThrow(/permission denied/);
    await expect(bed.ds.query('delete from clients.refusal_log')).rejects.toThrow(/permission denied/);
  });
});

describe('the caller’s address in the audit trail', () => {
  it('an address that is not an IP is recorded as null: the PHI read is answered and its access-log row written', async () => {
    const noahs = clientsOf('noah')[0];
    // Each passed the old pattern ([0-9a-f:.]+) and failed the inet cast, failing the read.
    for (const ip of ['999.1.1.1', '::::', 'fade.cafe']) {
      const { requestId, answer } = await ask(CLIENT, { id: noahs.id }, await demoAuth('noah@fitflow.demo'), undefined, ip);
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({ client: expect.objectContaining({ id: noahs.id }) });
      const logged = await bed.owner.query('select ip_address, resource_id from clients.access_log where request_id = $1', [requestId]);
      expect(logged).toEqual([{ ip_address: null, resource_id: noahs.id }]);
    }
  });
});
