import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `client_billing_directory`, published to finance only (docs/database-contracts/clients.md): the name
 * printed on a client's invoice. Names are sealed at rest with the client's data key (kit envelope
 * ciphertext), so the view publishes them sealed, with that data key as stored (wrapped by a master
 * key): finance opens them in its own process with the master key ring, and nothing else of the
 * client's. Soft-deleted and erased clients are not in it (an erased client's key is destroyed).
 */
export class ClientsBillingDirectory1733700400000 implements MigrationInterface {
  name = 'ClientsBillingDirectory1733700400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create view clients.client_billing_directory as
        select c.id, c.trainer_id, c.first_name, c.last_name,
               k.id as data_key_id, k.master_key_id as data_key_master_key_id, k.wrapped as data_key_wrapped
          from clients.clients c
          join clients.data_keys k on k.id = 'client:' || c.id::text and k.wrapped is not null
         where c.deleted_at is null and c.erased_at is null;
      grant usage on schema clients to fitflow_finance, fitflow_finance_app;
      grant select on clients.client_billing_directory to fitflow_finance, fitflow_finance_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop view clients.client_billing_directory;');
  }
}
