import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The published `client_directory` is readable at runtime (docs/database-contracts/clients.md): the
 * runtime roles of scheduling and finance were granted `select` on the view
 * (1732700000000-clients-protection) but not `usage` on schema `clients`, without which PostgreSQL
 * refuses the view ("permission denied for schema clients"). Scheduling reads it when a client is
 * booked (is the client active, and whose client are they).
 */
export class ClientsDirectoryRuntime1733520000000 implements MigrationInterface {
  name = 'ClientsDirectoryRuntime1733520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`grant usage on schema clients to fitflow_scheduling_app, fitflow_finance_app;`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`revoke usage on schema clients from fitflow_scheduling_app, fitflow_finance_app;`);
  }
}
