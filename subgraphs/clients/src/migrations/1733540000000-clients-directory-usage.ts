import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The published `clients.client_directory` is granted to the runtime roles of scheduling and finance
 * (migration 1732700000000), but a view is only reachable with `usage` on its schema, which only the
 * owner roles had: the runtime roles get it too. They still see nothing of the schema but that view.
 */
export class ClientsDirectoryUsage1733540000000 implements MigrationInterface {
  name = 'ClientsDirectoryUsage1733540000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('grant usage on schema clients to fitflow_scheduling_app, fitflow_finance_app');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('revoke usage on schema clients from fitflow_scheduling_app, fitflow_finance_app');
  }
}
