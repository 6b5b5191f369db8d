import { auditTablesSql } from '@fitflow/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'fitflow_scheduling_app';

/**
 * The write side of a trainer's week (docs/scheduling.md):
 *
 * 1. **No double booking, enforced by PostgreSQL**: an exclusion constraint (btree_gist) over
 *    `(trainer_id, tstzrange(start_time, end_time))` for every session that is not cancelled, whatever
 *    studio or zone it is in. Sessions last at most 12 hours. The extension is created by the admin
 *    step (`bootstrapDatabase`): a schema owner may not create extensions.
 * 2. **Recurring series** (`appointment_series`): an RFC 5545 RRULE expanded in an IANA zone; each
 *    occurrence is a real `appointments` row with `series_id` and `recurrence_id` (its original start,
 *    UTC: iCalendar's RECURRENCE-ID). `sequence` is iCalendar's SEQUENCE, bumped on every change.
 * 3. **Bookings**: waitlist order (`waitlist_position`, monotonic per session; the API shows the
 *    rank), cancellation time and whether it was late (inside the class type's
 *    `cancellation_window_minutes`, 12 h by default).
 * 4. **Trainer settings**: the travel buffer between sessions at different locations (minutes, 0 by default).
 * 5. **Outbox**: events to tell people about (a cancelled session, a promotion from the waitlist),
 *    written in the transaction of the change; a later job delivers them. Ids only, no PHI.
 * 6. **Calendar feeds**: a per-trainer secret iCalendar URL, stored as the SHA-256 of its token.
 * 7. **Append-only `audit_log` and `access_log`** (kit `auditTablesSql`).
 * 8. **`attendance_directory`**, published to clients: who attended which session, so a session note
 *    can only be written for a client who attended a session the writer taught.
 */
export class SchedulingWriteSide1733500000000 implements MigrationInterface {
  name = 'SchedulingWriteSide1733500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      do $$ begin
        if not exists (select 1 from pg_extension where extname = 'btree_gist') then
          raise exception 'the btree_gist extension is missing: run "create extension btree_gist" as a database administrator (npm start and the test setup do)';
        end if;
      end $$;

      alter table scheduling.class_types
        add column cancellation_window_minutes integer not null default 720 check (cancellation_window_minutes between 0 and 10080),
        add column updated_at timestamptz not null default now(),
        add constraint class_types_capacity check (max_participants <= 500),
        drop constraint class_types_duration_minutes_check,
        add constraint class_types_duration_minutes_check check (duration_minutes between 5 and 720);

      create table scheduling.trainer_settings (
        trainer_id uuid primary key,
        travel_buffer_minutes integer not null default 0 check (travel_buffer_minutes between 0 and 240),
        updated_at timestamptz not null default now()
      );

      create table scheduling.appointment_series (
        id uuid primary key default gen_random_uuid(),
        trainer_id uuid not null,
        studio_id uuid,
        class_type_id uuid not null references scheduling.class_types(id),
        -- RFC 5545 RRULE value without DTSTART, e.g. 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;COUNT=12'.
        rrule text not null check (length(rrule) <= 500),
        -- The IANA zone the rule is expanded in (the studio's; the trainer's home zone when not at a studio).
        time_zone varchar(64) not null,
        -- DTSTART as local wall-clock time in time_zone.
        local_start timestamp not null,
        duration_minutes integer not null check (duration_minutes between 5 and 720),
        location_type varchar(50) not null default 'studio' check (location_type in ('studio', 'online', 'client-location')),
        location_details jsonb,
        rate numeric(10, 2) check (rate >= 0),
        -- Occurrences exist as appointment rows up to here (UTC); later ones are created by extending the series.
        materialised_until timestamptz not null,
        -- "This and all following" splits a series: the new series names the one it was split from.
        split_from_id uuid references scheduling.appointment_series(id),
        status varchar(20) not null default 'active' check (status in ('active', 'ended', 'cancelled')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index appointment_series_trainer_idx on scheduling.appointment_series (trainer_id);

      alter table scheduling.appointments
        add column series_id uuid references scheduling.appointment_series(id),
        add column recurrence_id timestamptz,
        add column sequence integer not null default 0 check (sequence >= 0),
        add column completed_at timestamptz,
        add constraint appointments_recurrence check ((series_id is null) = (recurrence_id is null)),
        add constraint appointments_at_most_12_hours check (end_time - start_time <= interval '12 hours'),
        add constraint appointments_no_double_booking
          exclude using gist (trainer_id with =, tstzrange(start_time, end_time) with &&) where (status <> 'cancelled');
      create unique index appointments_series_occurrence on scheduling.appointments (series_id, recurrence_id) where series_id is not null;

      alter table scheduling.appointment_participants
        add column waitlist_position integer check (waitlist_position > 0),
        add column cancelled_at timestamptz,
        add column late_cancellation boolean not null default false,
        add column updated_at timestamptz not null default now(),
        add constraint participants_waitlist check ((status = 'waitlisted') = (waitlist_position is not null)),
        add constraint participants_cancelled check ((status = 'cancelled') = (cancelled_at is not null)),
        add constraint participants_late_only_when_cancelled check (not late_cancellation or status = 'cancelled');
      create index appointment_participants_waitlist_idx on scheduling.appointment_participants (appointment_id, waitlist_position)
        where status = 'waitlisted';

      alter table scheduling.trainer_availability
        add column updated_at timestamptz not null default now();
      create index trainer_availability_studio_idx on scheduling.trainer_availability (trainer_id, studio_id, effective_from);

      create table scheduling.outbox (
        id uuid primary key default gen_random_uuid(),
        -- 'appointment.cancelled', 'appointment.rescheduled', 'booking.cancelled', 'waitlist.promoted', …
        event_type varchar(100) not null,
        appointment_id uuid,
        -- Who is to be told (clients' client ids); never names, emails or notes.
        client_ids uuid[] not null default '{}',
        payload jsonb not null default '{}',
        created_at timestamptz not null default now(),
        delivered_at timestamptz
      );
      create index outbox_undelivered_idx on scheduling.outbox (created_at) where delivered_at is null;

      create table scheduling.calendar_feeds (
        id uuid primary key default gen_random_uuid(),
        trainer_id uuid not null,
        token_sha256 bytea not null unique check (length(token_sha256) = 32),
        created_at timestamptz not null default now(),
        revoked_at timestamptz
      );
      create unique index calendar_feeds_one_active on scheduling.calendar_feeds (trainer_id) where revoked_at is null;
    `);
    await q.query(auditTablesSql('scheduling', APP));
    await q.query(`
      revoke delete on scheduling.outbox, scheduling.calendar_feeds, scheduling.appointment_series from ${APP};

      -- Published, read-only: who attended which session (ids and facts only; no names, no notes), and
      -- the studio's zone (null when not at a studio) so a note is dated on the session's local day.
      create view scheduling.attendance_directory as
        select p.appointment_id, a.trainer_id, p.client_id, a.start_time, a.end_time,
               a.status as appointment_status, p.status as booking_status, p.attended,
               a.studio_id, s.time_zone
          from scheduling.appointment_participants p join scheduling.appointments a on a.id = p.appointment_id
          left join studios.studio_directory s on s.id = a.studio_id;
      grant usage on schema scheduling to fitflow_clients, fitflow_clients_app;
      grant select on scheduling.attendance_directory to fitflow_clients, fitflow_clients_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop view scheduling.attendance_directory;
      revoke usage on schema scheduling from fitflow_clients, fitflow_clients_app;
      drop table scheduling.audit_log; drop table scheduling.access_log;
      drop table scheduling.calendar_feeds; drop table scheduling.outbox;
      drop index scheduling.trainer_availability_studio_idx;
      alter table scheduling.trainer_availability drop column updated_at;
      drop index scheduling.appointment_participants_waitlist_idx;
      alter table scheduling.appointment_participants
        drop constraint participants_late_only_when_cancelled, drop constraint participants_cancelled, drop constraint participants_waitlist,
        drop column updated_at, drop column late_cancellation, drop column cancelled_at, drop column waitlist_position;
      drop index scheduling.appointments_series_occurrence;
      alter table scheduling.appointments
        drop constraint appointments_no_double_booking, drop constraint appointments_at_most_12_hours, drop constraint appointments_recurrence,
        drop column completed_at, drop column sequence, drop column recurrence_id, drop column series_id;
      drop table scheduling.appointment_series;
      drop table scheduling.trainer_settings;
      alter table scheduling.class_types
        drop constraint class_types_duration_minutes_check,
        add constraint class_types_duration_minutes_check check (duration_minutes between 5 and 600),
        drop constraint class_types_capacity, drop column updated_at, drop column cancellation_window_minutes;
    `);
  }
}
