import { auditTablesSql } from '@fitflow/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Append-only audit and access logs of identity (account changes: password, MFA, team policies). */
export class IdentityAudit1732800000000 implements MigrationInterface {
  name = 'IdentityAudit1732800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(auditTablesSql('identity', 'fitflow_identity_app'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table identity.access_log; drop table identity.audit_log;');
  }
}
