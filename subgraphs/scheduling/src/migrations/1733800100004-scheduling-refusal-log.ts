import { refusalLogTableSql } from '@fitflow/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The scheduling schema's security-event log `refusal_log` (kit `refusalLogTableSql`, docs/security.md,
 * Security events): one row per NOT_FOUND answer a signed-in caller got, no PHI. The runtime role
 * `fitflow_scheduling_app` may only insert and select it: PostgreSQL refuses UPDATE and DELETE.
 */
export class SchedulingRefusalLog1733800100004 implements MigrationInterface {
  name = 'SchedulingRefusalLog1733800100004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(refusalLogTableSql('scheduling', 'fitflow_scheduling_app'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table scheduling.refusal_log;');
  }
}
