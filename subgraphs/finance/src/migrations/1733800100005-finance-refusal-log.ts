import { refusalLogTableSql } from '@fitflow/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The finance schema's security-event log `refusal_log` (kit `refusalLogTableSql`, docs/security.md,
 * Security events): one row per NOT_FOUND answer a signed-in caller got, no PHI. The runtime role
 * `fitflow_finance_app` may only insert and select it: PostgreSQL refuses UPDATE and DELETE.
 */
export class FinanceRefusalLog1733800100005 implements MigrationInterface {
  name = 'FinanceRefusalLog1733800100005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(refusalLogTableSql('finance', 'fitflow_finance_app'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table finance.refusal_log;');
  }
}
