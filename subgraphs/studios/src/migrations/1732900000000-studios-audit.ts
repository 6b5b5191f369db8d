import { auditTablesSql } from '@fitflow/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The studios schema's append-only `audit_log` and `access_log` (docs/domain.md, Data model: audit and
 * security, kit's `auditTablesSql`). The runtime role `fitflow_studios_app` may only insert
 * and select them: PostgreSQL refuses UPDATE and DELETE. `setContractRates` writes one audit row
 * (old and new rates) in the transaction of each change.
 */
export class StudiosAudit1732900000000 implements MigrationInterface {
  name = 'StudiosAudit1732900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(auditTablesSql('studios', 'fitflow_studios_app'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table studios.access_log; drop table studios.audit_log;');
  }
}
