import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finance reads the published `attendance_directory` (docs/database-contracts/scheduling.md): a client
 * invoice bills a client for the completed sessions they attended, so finance must know who attended
 * which session — ids and facts only (no names, no notes), as the view already publishes them to the
 * clients subgraph. Read-only, for finance's owner and runtime roles.
 */
export class SchedulingAttendanceForFinance1733700900000 implements MigrationInterface {
  name = 'SchedulingAttendanceForFinance1733700900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      grant usage on schema scheduling to fitflow_finance, fitflow_finance_app;
      grant select on scheduling.attendance_directory to fitflow_finance, fitflow_finance_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('revoke select on scheduling.attendance_directory from fitflow_finance, fitflow_finance_app;');
  }
}
