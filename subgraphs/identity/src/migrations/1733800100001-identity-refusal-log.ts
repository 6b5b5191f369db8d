import { refusalLogTableSql } from '@fitflow/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The identity schema's security-event log `refusal_log` (kit `refusalLogTableSql`, docs/security.md,
 * Security events): one row per NOT_FOUND answer a signed-in caller got, no PHI. The runtime role
 * `fitflow_identity_app` may only insert and select it: PostgreSQL refuses UPDATE and DELETE.
 */
export class IdentityRefusalLog1733800100001 implements MigrationInterface {
  name = 'IdentityRefusalLog1733800100001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(refusalLogTableSql('identity', 'fitflow_identity_app'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table identity.refusal_log;');
  }
}
