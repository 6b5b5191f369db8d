import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, role memberships and refresh tokens. */
export class IdentityInit1732400000000 implements MigrationInterface {
  name = 'IdentityInit1732400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table identity.users (
        id uuid primary key default gen_random_uuid(),
        email varchar(255) not null,
        email_verified boolean not null default false,
        password_hash varchar(255) not null,
        mfa_enabled boolean not null default false,
        mfa_secret varchar(255),
        status varchar(50) not null default 'active' check (status in ('active', 'suspended', 'deleted')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        deleted_at timestamptz,
        last_login_at timestamptz,
        metadata jsonb not null default '{}'::jsonb
      );
      create unique index users_email_key on identity.users (lower(email));

      create table identity.role_memberships (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references identity.users(id),
        role varchar(30) not null check (role in ('super_admin', 'trainer_admin', 'trainer', 'studio_admin', 'client')),
        scope_type varchar(20) not null check (scope_type in ('platform', 'trainer', 'studio', 'client')),
        scope_id uuid,
        granted_by uuid references identity.users(id),
        created_at timestamptz not null default now(),
        check ((scope_type = 'platform') = (scope_id is null)),
        check (
          (role = 'super_admin' and scope_type = 'platform') or
          (role in ('trainer', 'trainer_admin') and scope_type = 'trainer') or
          (role = 'studio_admin' and scope_type = 'studio') or
          (role = 'client' and scope_type = 'client')
        )
      );
      create unique index role_memberships_key on identity.role_memberships (user_id, role, coalesce(scope_id, '00000000-0000-0000-0000-000000000000'));

      -- Refresh tokens (database store, used when REDIS_URL is unset). Only a SHA-256 of each token is kept.
      create table identity.refresh_tokens (
        id uuid primary key default gen_random_uuid(),
        family_id uuid not null,
        user_id uuid not null references identity.users(id),
        token_hash char(64) not null unique,
        expires_at timestamptz not null,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz not null default now()
      );
      create index refresh_tokens_family_idx on identity.refresh_tokens (family_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table identity.refresh_tokens; drop table identity.role_memberships; drop table identity.users;');
  }
}
