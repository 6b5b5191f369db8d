import { RowSealer, runSql, unwrapDataKey } from '@fitflow/kit';
import { demoEmma as emma, demoTenant, demoTrainer as trainer, openSubgraphDatabase, testEnv, testKeyRing } from '@fitflow/testkit';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `clients.client_billing_directory` (docs/database-contracts/clients.md): the name printed on a
 * client's invoice, published to finance alone — sealed, with the client's wrapped data key, which
 * finance opens with the master key ring.
 */

let owner: DataSource;
let finance: pg.Client;

beforeAll(async () => {
  owner = await openSubgraphDatabase('clients');
  finance = new pg.Client({ connectionString: testEnv().appUrls.finance });
  await finance.connect();
});
afterAll(async () => {
  await finance?.end();
  await owner?.destroy();
});

interface BillingRow {
  id: string;
  trainer_id: string;
  first_name: string;
  last_name: string;
  data_key_id: string;
  data_key_master_key_id: string;
  data_key_wrapped: string;
}

/** What finance does with a row: unwrap the client's data key, open the two names (AAD `clients.<column>:<client id>`). */
function openName(row: BillingRow): { firstName: string | null; lastName: string | null } {
  const key = unwrapDataKey({ id: row.data_key_id, masterKeyId: row.data_key_master_key_id, wrapped: row.data_key_wrapped }, testKeyRing().byId);
  // Inside ciphertext the key `client:<id>` is named `client.<id>` (kit's format separates parts with ':').
  const sealer = new RowSealer({ id: key.id.replaceAll(':', '.'), key: key.key }, 'clients', row.id);
  return { firstName: sealer.openText('first_name', row.first_name), lastName: sealer.openText('last_name', row.last_name) };
}

describe('the client names published to finance', () => {
  it('gives finance each client’s trainer and sealed name, which only a holder of the master key ring opens', async () => {
    const { rows } = await finance.query<BillingRow>('select * from clients.client_billing_directory');
    expect(rows).toHaveLength(demoTenant().clients.length);
    const row = rows.find((r) => r.id === emma().id)!;
    expect(row).toMatchObject({ trainer_id: trainer('maya').id, data_key_id: `client:${emma().id}` });
    expect(row.first_name).toMatch(/^v1:/);
    expect(row.last_name).not.toContain('Wilson');
    expect(openName(row)).toEqual({ firstName: 'Emma', lastName: 'Wilson' });
    for (const r of rows) {
      const demo = demoTenant().clients.find((c) => c.id === r.id)!;
      expect(openName(r)).toEqual({ firstName: demo.firstName, lastName: demo.lastName });
    }
  });

  it('leaves out a soft-deleted client', async () => {
    const client = demoTenant().clients.find((c) => c.trainerId === trainer('noah').id)!;
    await runSql(owner.manager, 'update clients.clients set deleted_at = now() where id = :id', { id: client.id });
    try {
      const { rows } = await finance.query('select id from clients.client_billing_directory where id = $1', [client.id]);
      expect(rows).toEqual([]);
    } finally {
      await runSql(owner.manager, 'update clients.clients set deleted_at = null where id = :id', { id: client.id });
    }
  });

  it('is finance’s alone', async () => {
    const scheduling = new pg.Client({ connectionString: testEnv().appUrls.scheduling });
    await scheduling.connect();
    try {
      await expect(scheduling.query('select * from clients.client_billing_directory')).rejects.toThrow(/permission denied/);
    } finally {
      await scheduling.end();
    }
  });
});
