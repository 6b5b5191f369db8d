import { demoAuth, demoEmma as emma, demoTrainer as trainer, execute } from '@fitflow/testkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientsOf, useClientsTestBed, type Edge } from '../../test-bed.js';

/** The audit and access logs: append-only, and who read a client’s record, shown to the client. */
const bed = useClientsTestBed();

describe('audit and access logs', () => {
  // Emma has read her own record (access-logged as 'self'), whichever file ran before this one.
  beforeAll(async () => {
    const own = await execute(bed.server, 'query($id: ID!) { client(id: $id) { id } }', { id: emma().id }, await demoAuth('emma.wilson@example.com'));
    expect(own.errors).toBeUndefined();
  });

  it('keeps the logs append-only: PostgreSQL refuses the runtime role UPDATE and DELETE', async () => {
    for (const table of ['clients.audit_log', 'clients.access_log']) {
      await expect(bed.ds.query(`update ${table} set user_id = user_id`)).rejects.toThrow(/permission denied/);
      await expect(bed.ds.query(`delete from ${table}`)).rejects.toThrow(/permission denied/);
    }
  });

  it('logs each PHI read with who and why, batched, and shows a client who read their record', async () => {
    const client = emma();
    const before = Number((await bed.owner.query('select count(*)::int as n from clients.access_log where subject_client_id = $1', [client.id]))[0].n);
    const maya = await execute(
      bed.server,
      'query($id: ID!) { client(id: $id) { id latestSessionNote { id } } }',
      { id: client.id },
      await demoAuth('maya@fitflow.demo'),
    );
    expect(maya.errors).toBeUndefined();
    const rows = await bed.owner.query(
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
      bed.server,
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
    const named = await execute(bed.server, '{ myAccessLog(first: 100) { edges { node { purpose accessorRole trainer { id } } } } }', {}, emmaAuth);
    const roles = named.data!.myAccessLog.edges.map((e: Edge<{ purpose: string; accessorRole: string; trainer: { id: string } | null }>) => e.node);
    expect(roles).toContainEqual({ purpose: 'treatment', accessorRole: 'TRAINER_ADMIN', trainer: { id: trainer('maya').id } });
    expect(roles).toContainEqual({ purpose: 'self', accessorRole: 'CLIENT', trainer: null });

    // The trainer and the team admin may read the log; others may not; the page continues by cursor.
    const first = await execute(
      bed.server,
      'query($id: ID!) { clientAccessLog(clientId: $id, first: 1) { edges { node { userId } } pageInfo { endCursor hasNextPage } } }',
      { id: client.id },
      await demoAuth('maya@fitflow.demo'),
    );
    expect(first.errors).toBeUndefined();
    const next = await execute(
      bed.server,
      'query($id: ID!, $after: String) { clientAccessLog(clientId: $id, first: 1, after: $after) { edges { node { id } } } }',
      { id: client.id, after: first.data!.clientAccessLog.pageInfo.endCursor },
      await demoAuth('maya@fitflow.demo'),
    );
    expect(next.data!.clientAccessLog.edges).toHaveLength(1);
    const liamsClient = clientsOf('liam')[0];
    const team = await execute(
      bed.server,
      'query($id: ID!) { clientAccessLog(clientId: $id) { edges { node { id } } } }',
      { id: liamsClient.id },
      await demoAuth('maya@fitflow.demo'),
    );
    expect(team.errors).toBeUndefined();
    const emmaTries = await execute(bed.server, 'query($id: ID!) { clientAccessLog(clientId: $id) { edges { node { id } } } }', { id: client.id }, emmaAuth);
    expect(emmaTries.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const noahTries = await execute(
      bed.server,
      'query($id: ID!) { clientAccessLog(clientId: $id) { edges { node { id } } } }',
      { id: client.id },
      await demoAuth('noah@fitflow.demo'),
    );
    expect(noahTries.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
  });
});
