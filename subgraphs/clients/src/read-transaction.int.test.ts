import { QueryCounter } from '@fitflow/kit';
import { demoAuth, demoTrainer as trainer } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { clientsOf, useClientsTestBed } from './test-bed.js';

/**
 * A read is one transaction (kit `RequestTransaction`): every DataLoader batch of a query shares it, the
 * access-log rows of everything it read go in one insert before its COMMIT, and if they cannot be
 * written the caller gets an error instead of the PHI.
 */
const counter = new QueryCounter();
const bed = useClientsTestBed(counter);

const CLIENTS_AND_NOTES =
  'query($ids: [_Any!]!) { clientsById: _entities(representations: $ids) { ... on Client { id firstName latestSessionNote { id assessment } } } }';
const representations = (ids: string[]) => ids.map((id) => ({ __typename: 'Client', id }));

async function ask(ids: string[], facts: { requestId?: string } = {}) {
  const contextValue = await bed.server.createContext({ authorization: await demoAuth('maya@fitflow.demo'), ...facts });
  const response = await bed.server.apollo.executeOperation({ query: CLIENTS_AND_NOTES, variables: { ids: representations(ids) } }, { contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

const accessRows = async (requestId: string) =>
  (await bed.owner.query('select resource_type, resource_id, subject_client_id, user_id from clients.access_log where request_id = $1', [requestId])) as {
    resource_type: string;
    resource_id: string;
    subject_client_id: string;
    user_id: string;
  }[];

describe('one transaction per read request', () => {
  it('reads clients and their latest notes in one transaction, and logs every PHI read in one insert', async () => {
    const clients = clientsOf('maya').slice(0, 4);
    const requestId = `read-${crypto.randomUUID()}`;
    counter.reset();
    const answer = await ask(
      clients.map((c) => c.id),
      { requestId },
    );
    expect(answer.errors).toBeUndefined();
    const read = (answer.data as { clientsById: { id: string; latestSessionNote: { id: string } | null }[] }).clientsById;
    expect(read.map((c) => c.id)).toEqual(clients.map((c) => c.id));

    // Two DataLoader batches (the clients, then their notes), one transaction and one claims statement.
    expect(counter.transactions).toBe(1);
    expect(counter.statements.filter((s) => s.startsWith('select set_config'))).toHaveLength(1);
    expect(counter.statements.filter((s) => /insert into clients\.access_log/i.test(s))).toHaveLength(1);

    // Still a row for every client and every note shown, naming the reader and whose data it is.
    const rows = await accessRows(requestId);
    const notes = read.flatMap((c) => (c.latestSessionNote ? [c.latestSessionNote.id] : []));
    expect(notes.length).toBeGreaterThan(0);
    expect(
      rows
        .filter((r) => r.resource_type === 'client')
        .map((r) => r.resource_id)
        .sort(),
    ).toEqual(clients.map((c) => c.id).sort());
    expect(
      rows
        .filter((r) => r.resource_type === 'session_note')
        .map((r) => r.resource_id)
        .sort(),
    ).toEqual([...notes].sort());
    expect(new Set(rows.map((r) => r.user_id))).toEqual(new Set([trainer('maya').id]));
    expect(rows.every((r) => clients.some((c) => c.id === r.subject_client_id))).toBe(true);
  });

  it('answers an error and no PHI when the access-log rows cannot be written', async () => {
    // A request id longer than access_log.request_id holds (64): the insert before COMMIT fails.
    const requestId = `unloggable-${'x'.repeat(60)}`;
    const answer = await ask([clientsOf('maya')[0].id], { requestId });
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(answer)).not.toContain(clientsOf('maya')[0].firstName);
    expect(await accessRows(requestId)).toEqual([]);
  });
});
