import { dataKeysTableSql } from '@fitflow/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in throttling, MFA secrets (encrypted), team MFA policies. */
export class IdentityAccountSecurity1732500000000 implements MigrationInterface {
  name = 'IdentityAccountSecurity1732500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Failed sign-ins per account key (SHA-256 of the normalised email; unknown emails are throttled too).
      create table identity.login_failures (
        key_hash char(64) primary key,
        failures integer not null,
        first_failed_at timestamptz not null,
        locked_until timestamptz
      );
      -- TOTP secrets are stored sealed with kit's envelope encryption (data key "identity.mfa").
      alter table identity.users alter column mfa_secret type text;
      alter table identity.users add column mfa_pending_secret text;
      create table identity.team_policies (
        trainer_admin_id uuid primary key,
        mfa_required boolean not null default false,
        updated_by uuid not null references identity.users(id),
        updated_at timestamptz not null default now()
      );
      ${dataKeysTableSql('identity')}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table identity.data_keys; drop table identity.team_policies; drop table identity.login_failures;
      alter table identity.users drop column mfa_pending_secret;
    `);
  }
}
