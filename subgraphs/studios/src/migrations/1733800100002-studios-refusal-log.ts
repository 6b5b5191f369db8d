import { refusalLogTableSql } from '@fitflow/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The studios schema's security-event log `refusal_log` (kit `refusalLogTableSql`, docs/security.md,
 * Security events): one row per NOT_FOUND answer a signed-in caller got, no PHI. The runtime role
 * `fitflow_studios_app` may only insert and select it: PostgreSQL refuses UPDATE and DELETE.
 */
export class StudiosRefusalLog1733800100002 implements MigrationInterface {
  name = 'StudiosRefusalLog1733800100002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(refusalLogTableSql('studios', 'fitflow_studios_app'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table studios.refusal_log;');
  }
}
