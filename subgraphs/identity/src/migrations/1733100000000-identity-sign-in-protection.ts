import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in protection without lockouts: throttling counters (rate-limiter-flexible's table shape), known
 * devices, the account's append-only security log, and a display name for every user.
 */
export class IdentitySignInProtection1733100000000 implements MigrationInterface {
  name = 'IdentitySignInProtection1733100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- The account-wide lock is replaced by progressive delays per account, source and device (login_limits).
      drop table identity.login_failures;

      -- rate-limiter-flexible's PostgreSQL store: key = "<limiter>:<hashed key>", expire = epoch milliseconds.
      create table identity.login_limits (
        key varchar(255) primary key,
        points integer not null default 0,
        expire bigint
      );

      -- Devices that completed a sign-in. Only a SHA-256 of each device token is kept.
      create table identity.known_devices (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references identity.users(id),
        token_hash char(64) not null unique,
        created_at timestamptz not null default now(),
        last_used_at timestamptz not null default now()
      );
      create index known_devices_user_idx on identity.known_devices (user_id);

      -- The account's security log: sign-ins, failures, throttles, and what support did to the account.
      create table identity.security_events (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references identity.users(id),
        kind varchar(40) not null check (kind in (
          'signed_in', 'sign_in_failed', 'mfa_code_rejected', 'sign_in_throttled', 'sign_in_refused_suspended',
          'account_unlocked', 'account_suspended', 'account_reinstated')),
        source_address inet,
        known_device boolean not null default false,
        retry_after_seconds integer,
        actor_id uuid references identity.users(id),
        reason text,
        request_id varchar(64),
        created_at timestamptz not null default now()
      );
      create index security_events_user_idx on identity.security_events (user_id, created_at desc, id desc);
      -- Append-only for the runtime role, like the audit log.
      revoke all on identity.security_events from fitflow_identity_app;
      grant select, insert on identity.security_events to fitflow_identity_app;

      -- A name to show people ("Maya Chen"), instead of an id or an email address.
      alter table identity.users add column display_name varchar(200);
      update identity.users set display_name = split_part(email, '@', 1);
      alter table identity.users alter column display_name set not null;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table identity.users drop column display_name;
      drop table identity.security_events; drop table identity.known_devices; drop table identity.login_limits;
      create table identity.login_failures (
        key_hash char(64) primary key,
        failures integer not null,
        first_failed_at timestamptz not null,
        locked_until timestamptz
      );
    `);
  }
}
