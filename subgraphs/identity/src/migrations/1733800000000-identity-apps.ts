import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Third-party apps (docs/apps.md): their hashed credentials and standing, the operations of their
 * manifests, and their daily usage per operation. Apps are never deleted (a revoked one stays, for the
 * audit trail and its usage).
 */
export class IdentityApps1733800000000 implements MigrationInterface {
  name = 'IdentityApps1733800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table identity.apps (
        id uuid primary key default gen_random_uuid(),
        owner_user_id uuid not null references identity.users(id),
        owner_role varchar(20) not null check (owner_role in ('trainer', 'trainer_admin', 'studio_admin')),
        owner_scope_id uuid not null,
        name varchar(80) not null check (length(btrim(name)) between 1 and 80),
        scopes text[] not null check (
          cardinality(scopes) between 1 and 4
          and scopes <@ array['schedule:read', 'bookings:write', 'invoices:read', 'clients:read']::text[]),
        status varchar(20) not null check (status in ('pending_approval', 'active', 'suspended', 'revoked')),
        client_id varchar(40) not null unique check (client_id ~ '^ffa_[0-9a-f]{32}$'),
        -- SHA-256 (hex) of the secret: it is 32 random bytes, so a fast hash is enough; the secret is never stored.
        secret_hash char(64) not null check (secret_hash ~ '^[0-9a-f]{64}$'),
        secret_rotated_at timestamptz not null default now(),
        dpa_reference varchar(200),
        dpa_signed_on date,
        approved_by uuid references identity.users(id),
        approved_at timestamptz,
        suspended_reason text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        -- An active app reads client records (PHI) only with a recorded data processing agreement.
        check (not ('clients:read' = any(scopes)) or status <> 'active' or approved_at is not null),
        check ((approved_at is null) = (dpa_reference is null) and (dpa_reference is null) = (dpa_signed_on is null))
      );
      create index apps_owner_idx on identity.apps (owner_user_id, created_at);

      create table identity.app_operations (
        app_id uuid not null references identity.apps(id),
        id char(64) not null check (id ~ '^[0-9a-f]{64}$'),
        name varchar(200) not null,
        type varchar(10) not null check (type in ('query', 'mutation')),
        body text not null check (length(body) <= 20000),
        fields jsonb not null,
        primary key (app_id, id),
        unique (app_id, name)
      );

      create table identity.app_usage (
        app_id uuid not null references identity.apps(id),
        operation_name varchar(200) not null,
        day date not null,
        calls integer not null check (calls >= 0),
        errors integer not null check (errors >= 0),
        last_used_at timestamptz not null,
        primary key (app_id, operation_name, day)
      );
      create index app_usage_last_used_idx on identity.app_usage (app_id, last_used_at desc);

      revoke all on identity.apps, identity.app_operations, identity.app_usage from fitflow_identity_app;
      grant select, insert, update on identity.apps to fitflow_identity_app;
      grant select, insert, delete on identity.app_operations to fitflow_identity_app;
      grant select, insert, update on identity.app_usage to fitflow_identity_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table identity.app_usage; drop table identity.app_operations; drop table identity.apps;');
  }
}
