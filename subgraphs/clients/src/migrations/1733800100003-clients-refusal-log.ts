import { refusalLogTableSql } from '@fitflow/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The clients schema's security-event log `refusal_log` (kit `refusalLogTableSql`, docs/security.md,
 * Security events): one row per NOT_FOUND answer a signed-in caller got, no PHI. The runtime role
 * `fitflow_clients_app` may only insert and select it: PostgreSQL refuses UPDATE and DELETE.
 */
export class ClientsRefusalLog1733800100003 implements MigrationInterface {
  name = 'ClientsRefusalLog1733800100003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(refusalLogTableSql('clients', 'fitflow_clients_app'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table clients.refusal_log;');
  }
}
