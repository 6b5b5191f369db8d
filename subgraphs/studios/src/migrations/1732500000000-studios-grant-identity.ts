import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Publishes the team hierarchy to identity (a Trainer Admin can require MFA for their team). */
export class StudiosGrantIdentity1732500000000 implements MigrationInterface {
  name = 'StudiosGrantIdentity1732500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('grant usage on schema studios to fitflow_identity; grant select on studios.trainer_directory to fitflow_identity;');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('revoke select on studios.trainer_directory from fitflow_identity;');
  }
}
