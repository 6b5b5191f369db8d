import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Creates the clients schema's tables (docs/domain.md, Data model: client management and session documentation) and
 * the read-only view it publishes (docs/database-contracts/clients.md).
 *
 * Columns docs/domain.md lists as encrypted are plain `text`/`jsonb`/`date` for now; a later migration
 * encrypts them. Trainer and appointment ids are bare UUIDs: those rows belong to other subgraphs.
 */
export class ClientsInit1732400000000 implements MigrationInterface {
  name = 'ClientsInit1732400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table clients.clients (
        id uuid primary key default gen_random_uuid(),
        trainer_id uuid not null,
        first_name varchar(100) not null,
        last_name varchar(100) not null,
        email varchar(255),
        phone varchar(50),
        date_of_birth date,
        emergency_contact jsonb,
        medical_info jsonb not null default '{}'::jsonb,
        goals text,
        preferences jsonb not null default '{}'::jsonb,
        source varchar(100) check (source in ('referral', 'walk-in', 'online')),
        status varchar(50) not null default 'active' check (status in ('active', 'inactive')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        deleted_at timestamptz
      );
      create index clients_trainer_idx on clients.clients (trainer_id, last_name, first_name, id) where deleted_at is null;

      create table clients.client_permissions (
        id uuid primary key default gen_random_uuid(),
        client_id uuid not null references clients.clients(id),
        trainer_id uuid not null,
        permission_level varchar(50) not null default 'read' check (permission_level in ('read', 'write', 'admin')),
        granted_by uuid not null,
        granted_at timestamptz not null default now(),
        unique (client_id, trainer_id)
      );
      create index client_permissions_trainer_idx on clients.client_permissions (trainer_id);

      create table clients.session_notes (
        id uuid primary key default gen_random_uuid(),
        appointment_id uuid not null,
        trainer_id uuid not null,
        client_id uuid not null references clients.clients(id),
        session_date date not null,
        subjective text,
        objective text,
        assessment text,
        plan text,
        exercises jsonb not null default '[]'::jsonb,
        measurements jsonb,
        private_notes text,
        ai_summary text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (jsonb_typeof(exercises) = 'array')
      );
      create index session_notes_client_idx on clients.session_notes (client_id, session_date desc, id desc);
      create index session_notes_appointment_idx on clients.session_notes (appointment_id);

      create table clients.training_plans (
        id uuid primary key default gen_random_uuid(),
        trainer_id uuid not null,
        client_id uuid not null references clients.clients(id),
        name varchar(255) not null,
        goal text,
        start_date date not null,
        end_date date,
        frequency_per_week integer check (frequency_per_week between 1 and 14),
        plan_details jsonb not null default '{}'::jsonb,
        progress_metrics jsonb not null default '{}'::jsonb,
        status varchar(50) not null default 'active' check (status in ('draft', 'active', 'completed', 'archived')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (end_date is null or end_date >= start_date)
      );
      create index training_plans_client_idx on clients.training_plans (client_id, start_date desc);

      -- Published, read-only view: the clients subgraph's database contract with other subgraphs.
      -- No names, contact details or health data: only who a client's trainer is and whether the
      -- client is active. Soft-deleted clients are not in it.
      create view clients.client_directory as
        select id, trainer_id, status from clients.clients where deleted_at is null;
      grant usage on schema clients to fitflow_scheduling, fitflow_finance;
      grant select on clients.client_directory to fitflow_scheduling, fitflow_finance;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop view clients.client_directory;
      drop table clients.training_plans; drop table clients.session_notes;
      drop table clients.client_permissions; drop table clients.clients;
    `);
  }
}
