import { ScopedDb, scopeOf, systemScope } from '@fitflow/kit';
import { demoAuth, demoEmma as emma, demoTrainer as trainer, execute, quietLog } from '@fitflow/testkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataKeyRepository } from '../../protection/data-key.repository.js';
import { ClientKeys } from '../../protection/keys.js';
import { CLIENT_DETAIL, clientsTestKeyRing, notesOf, userOf, useClientsTestBed, viewerOf, removeClient } from '../../test-bed.js';
import { ERASURE_JOB_USER_ID, runErasureJob } from './data-rights.service.js';

/** Data rights: export of everything held about a client, and erasure (by request and by the scheduled job). */
const bed = useClientsTestBed();

/** Test clean-up, as the owner (the runtime role has no DELETE policy). */
describe('data rights: export and erasure', () => {
  const EXPORT = 'mutation($id: ID!) { exportClientData(clientId: $id) }';

  // Emma has read her own record (access-logged as 'self'), whichever file ran before this one.
  beforeAll(async () => {
    const own = await execute(bed.server, 'query($id: ID!) { client(id: $id) { id } }', { id: emma().id }, await demoAuth('emma.wilson@example.com'));
    expect(own.errors).toBeUndefined();
  });

  it('exports everything held about Emma to Emma (without private notes) and to her trainer, audited', async () => {
    const mine = await execute(bed.server, EXPORT, { id: emma().id }, await demoAuth('emma.wilson@example.com'));
    expect(mine.errors).toBeUndefined();
    const doc = mine.data!.exportClientData;
    expect(doc.client).toMatchObject({ id: emma().id, email: emma().email, medicalInfo: emma().medicalInfo });
    expect(doc.sessionNotes.map((n: { id: string }) => n.id)).toEqual(notesOf(emma().id).map((n) => n.id));
    expect(doc.sessionNotes[0]).not.toHaveProperty('privateNotes');
    expect(JSON.stringify(doc)).not.toContain(notesOf(emma().id)[0].privateNotes);
    expect(doc.accessLog.length).toBeGreaterThan(0);
    expect(doc).toHaveProperty('permissions');
    expect(doc).toHaveProperty('trainingPlans');

    const maya = await execute(bed.server, EXPORT, { id: emma().id }, await demoAuth('maya@fitflow.demo'));
    expect(maya.data!.exportClientData.sessionNotes[0].privateNotes).toBe(notesOf(emma().id)[0].privateNotes);
    const audits = await bed.owner.query(`select user_id from clients.audit_log where record_id = $1 and action = 'export' order by created_at desc limit 2`, [
      emma().id,
    ]);
    expect(audits.map((a: { user_id: string }) => a.user_id).sort()).toEqual([userOf('emma.wilson@example.com').id, trainer('maya').id].sort());
    const noah = await execute(bed.server, EXPORT, { id: emma().id }, await demoAuth('noah@fitflow.demo'));
    expect(noah.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
  });

  it('erases a client once the retention period has passed: the data key is shredded and the record answers NOT_FOUND', async () => {
    const auth = await demoAuth('noah@fitflow.demo');
    const created = await execute(
      bed.server,
      'mutation { createClient(input: { firstName: "Grace", lastName: "Hopper", email: "grace@example.com" }) { id } }',
      {},
      auth,
    );
    const id: string = created.data!.createClient.id;
    try {
      const request = await execute(bed.server, 'mutation($id: ID!) { requestClientErasure(clientId: $id) { id clientId processedAt } }', { id }, auth);
      expect(request.errors).toBeUndefined();
      expect(request.data!.requestClientErasure).toMatchObject({ clientId: id, processedAt: null });
      const again = await execute(bed.server, 'mutation($id: ID!) { requestClientErasure(clientId: $id) { id } }', { id }, auth);
      expect(again.data!.requestClientErasure.id).toBe(request.data!.requestClientErasure.id);

      const byTrainer = await execute(bed.server, 'mutation { processClientErasures }', {}, auth);
      expect(byTrainer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      await expect(new ScopedDb(bed.ds, scopeOf(viewerOf('noah@fitflow.demo'))).run((em) => em.query('select * from clients.due_erasures(0)'))).rejects.toThrow(
        /super admin/,
      );
      const processed = await execute(bed.server, 'mutation { processClientErasures }', {}, await demoAuth('admin@fitflow.demo'));
      expect(processed.errors).toBeUndefined();
      expect(processed.data!.processClientErasures).toBeGreaterThanOrEqual(1);

      const after = await execute(bed.server, CLIENT_DETAIL, { id }, auth);
      expect(after.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
      const [key] = await bed.owner.query('select wrapped, destroyed_at from clients.data_keys where id = $1', [`client:${id}`]);
      expect(key.wrapped).toBeNull();
      expect(key.destroyed_at).not.toBeNull();
      const [raw] = await bed.owner.query('select first_name, email, email_index, erased_at from clients.clients where id = $1', [id]);
      expect(raw.first_name).toMatch(/^v1:client\./);
      expect(raw.email_index).toBeNull();
      expect(raw.erased_at).not.toBeNull();
      // A fresh process (empty key cache) cannot open it either: the key is gone.
      expect(await bed.owner.transaction((em) => new DataKeyRepository(em, systemScope(), new ClientKeys(clientsTestKeyRing())).forClients([id]))).toEqual(
        new Map(),
      );
      const [audit] = await bed.owner.query(
        `select user_id from clients.audit_log where record_id = $1 and action = 'erase' order by created_at desc limit 1`,
        [id],
      );
      expect(audit.user_id).toBe(userOf('admin@fitflow.demo').id);
    } finally {
      await removeClient(bed.owner, id);
    }
  });

  it('lets the scheduled erasure job carry out due requests as the system user, through the same service as the mutation', async () => {
    const auth = await demoAuth('noah@fitflow.demo');
    const created = await execute(bed.server, 'mutation { createClient(input: { firstName: "Alan", lastName: "Turing" }) { id } }', {}, auth);
    const id: string = created.data!.createClient.id;
    try {
      await execute(bed.server, 'mutation($id: ID!) { requestClientErasure(clientId: $id) { id } }', { id }, auth);
      expect(await runErasureJob({ ds: bed.ds, keys: bed.server.keys, retentionYears: 0, log: quietLog })).toBeGreaterThanOrEqual(1);
      const after = await execute(bed.server, CLIENT_DETAIL, { id }, auth);
      expect(after.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
      const [audit] = await bed.owner.query(
        `select user_id, user_agent from clients.audit_log where record_id = $1 and action = 'erase' order by created_at desc limit 1`,
        [id],
      );
      expect(audit).toEqual({ user_id: ERASURE_JOB_USER_ID, user_agent: 'fitflow-erasure-job' });
    } finally {
      await removeClient(bed.owner, id);
    }
  });
});
