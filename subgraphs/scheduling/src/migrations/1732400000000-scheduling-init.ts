import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Class types, appointments, participants and availability (docs/domain.md, Data model: scheduling), and the
 * read-only `appointment_directory` view published to finance (docs/database-contracts/scheduling.md).
 */
export class SchedulingInit1732400000000 implements MigrationInterface {
  name = 'SchedulingInit1732400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table scheduling.class_types (
        id uuid primary key default gen_random_uuid(),
        trainer_id uuid not null,
        name varchar(100) not null,
        category varchar(50) not null check (category in ('group', 'individual', 'trial')),
        duration_minutes integer not null check (duration_minutes between 5 and 600),
        max_participants integer not null default 1 check (max_participants >= 1),
        default_rate numeric(10, 2) check (default_rate >= 0),
        description text,
        color varchar(7) check (color ~ '^#[0-9A-Fa-f]{6}$'),
        status varchar(50) not null default 'active' check (status in ('active', 'archived')),
        created_at timestamptz not null default now()
      );
      create index class_types_trainer_idx on scheduling.class_types (trainer_id);

      create table scheduling.appointments (
        id uuid primary key default gen_random_uuid(),
        trainer_id uuid not null,
        studio_id uuid,
        class_type_id uuid not null references scheduling.class_types(id),
        start_time timestamptz not null,
        end_time timestamptz not null,
        status varchar(50) not null default 'scheduled' check (status in ('scheduled', 'completed', 'cancelled', 'no-show')),
        location_type varchar(50) not null default 'studio' check (location_type in ('studio', 'online', 'client-location')),
        location_details jsonb,
        rate numeric(10, 2) check (rate >= 0),
        notes text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        cancelled_at timestamptz,
        cancellation_reason text,
        check (end_time > start_time),
        check ((status = 'cancelled') = (cancelled_at is not null))
      );
      create index appointments_trainer_schedule_idx on scheduling.appointments (trainer_id, start_time);
      create index appointments_studio_schedule_idx on scheduling.appointments (studio_id, start_time);

      create table scheduling.appointment_participants (
        id uuid primary key default gen_random_uuid(),
        appointment_id uuid not null references scheduling.appointments(id),
        client_id uuid not null,
        status varchar(50) not null default 'confirmed' check (status in ('confirmed', 'waitlisted', 'cancelled')),
        attended boolean,
        payment_status varchar(50) not null default 'pending' check (payment_status in ('pending', 'paid', 'refunded')),
        created_at timestamptz not null default now(),
        unique (appointment_id, client_id)
      );
      create index appointment_participants_client_idx on scheduling.appointment_participants (client_id);

      create table scheduling.trainer_availability (
        id uuid primary key default gen_random_uuid(),
        trainer_id uuid not null,
        studio_id uuid,
        day_of_week integer not null check (day_of_week between 0 and 6),
        start_time time not null,
        end_time time not null,
        effective_from date not null,
        effective_until date,
        created_at timestamptz not null default now(),
        check (end_time > start_time),
        check (effective_until is null or effective_until >= effective_from)
      );
      create index trainer_availability_idx on scheduling.trainer_availability (trainer_id, day_of_week);

      -- Published, read-only: what finance needs to invoice sessions (no client identities, no notes).
      create view scheduling.appointment_directory as
        select a.id, a.trainer_id, a.studio_id, a.class_type_id, c.name as class_type_name, c.category,
               a.start_time, a.end_time, a.status, a.rate
          from scheduling.appointments a join scheduling.class_types c on c.id = a.class_type_id;
      grant usage on schema scheduling to fitflow_finance, fitflow_finance_app;
      grant select on scheduling.appointment_directory to fitflow_finance, fitflow_finance_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop view scheduling.appointment_directory;
      drop table scheduling.trainer_availability; drop table scheduling.appointment_participants;
      drop table scheduling.appointments; drop table scheduling.class_types;
    `);
  }
}
