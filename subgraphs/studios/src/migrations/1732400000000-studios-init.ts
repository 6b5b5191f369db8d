import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Creates the studios schema's tables and the read-only views it publishes (docs/database-contracts/studios.md). */
export class StudiosInit1732400000000 implements MigrationInterface {
  name = 'StudiosInit1732400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table studios.studios (
        id uuid primary key default gen_random_uuid(),
        parent_studio_id uuid references studios.studios(id),
        owner_id uuid,
        name varchar(255) not null,
        business_number varchar(100),
        qst_number varchar(100),
        address jsonb not null,
        time_zone varchar(64) not null,
        contact_info jsonb not null default '{}'::jsonb,
        payment_terms jsonb not null default '{}'::jsonb,
        settings jsonb not null default '{}'::jsonb,
        is_headquarters boolean not null default false,
        billing_consolidated boolean not null default true,
        status varchar(50) not null default 'active' check (status in ('active', 'inactive')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (address ? 'province'),
        check (parent_studio_id is distinct from id)
      );
      create index studios_parent_idx on studios.studios (parent_studio_id);

      create table studios.trainers (
        id uuid primary key,
        parent_trainer_id uuid references studios.trainers(id),
        first_name varchar(100) not null,
        last_name varchar(100) not null,
        business_name varchar(255),
        gst_number varchar(30),
        license_number varchar(100),
        specializations text[] not null default '{}',
        bio text,
        hourly_rate numeric(10, 2),
        commission_rate numeric(5, 2),
        settings jsonb not null default '{}'::jsonb,
        status varchar(50) not null default 'active' check (status in ('active', 'inactive')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (parent_trainer_id is distinct from id)
      );
      create index trainers_parent_idx on studios.trainers (parent_trainer_id);

      create table studios.trainer_studios (
        id uuid primary key default gen_random_uuid(),
        trainer_id uuid not null references studios.trainers(id),
        studio_id uuid not null references studios.studios(id),
        role varchar(50) not null default 'contractor' check (role in ('contractor', 'employee')),
        commission_rate numeric(5, 2),
        class_rates jsonb not null default '{}'::jsonb,
        start_date date not null,
        end_date date,
        status varchar(50) not null default 'active' check (status in ('active', 'ended')),
        created_at timestamptz not null default now(),
        unique (trainer_id, studio_id),
        check (end_date is null or end_date >= start_date)
      );
      create index trainer_studios_studio_idx on studios.trainer_studios (studio_id);

      -- Published, read-only views: the studios subgraph's database contract with other subgraphs.
      create view studios.studio_directory as
        select id, parent_studio_id, name, address->>'province' as province, time_zone, status from studios.studios;
      create view studios.trainer_directory as
        select id, parent_trainer_id, status from studios.trainers;
      create view studios.contract_directory as
        select trainer_id, studio_id, role, class_rates, start_date, end_date, status from studios.trainer_studios;
      grant usage on schema studios to fitflow_clients, fitflow_scheduling, fitflow_finance;
      grant select on studios.studio_directory, studios.trainer_directory, studios.contract_directory
        to fitflow_clients, fitflow_scheduling, fitflow_finance;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop view studios.contract_directory; drop view studios.trainer_directory; drop view studios.studio_directory;
      drop table studios.trainer_studios; drop table studios.trainers; drop table studios.studios;
    `);
  }
}
