import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The published views are read at runtime too: grant them to the runtime roles. */
export class StudiosGrantAppRoles1732600000000 implements MigrationInterface {
  name = 'StudiosGrantAppRoles1732600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      grant usage on schema studios to fitflow_clients_app, fitflow_scheduling_app, fitflow_finance_app, fitflow_identity_app;
      grant select on studios.studio_directory, studios.trainer_directory, studios.contract_directory
        to fitflow_clients_app, fitflow_scheduling_app, fitflow_finance_app;
      grant select on studios.trainer_directory to fitflow_identity_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      revoke select on studios.studio_directory, studios.trainer_directory, studios.contract_directory
        from fitflow_clients_app, fitflow_scheduling_app, fitflow_finance_app, fitflow_identity_app;
    `);
  }
}
