import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A trainer's home time zone (IANA id, e.g. `America/Toronto`): the zone their own calendar and
 * dashboard are shown in, whichever studio a session is at (docs/time-zones.md). Existing trainers get
 * Toronto; the check refuses a name PostgreSQL does not know.
 */
export class StudiosTrainerTimeZone1733100000000 implements MigrationInterface {
  name = 'StudiosTrainerTimeZone1733100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create function studios.is_time_zone(name text) returns boolean language sql stable
        as $$ select exists (select 1 from pg_timezone_names where pg_timezone_names.name = $1) $$;
      alter table studios.trainers
        add column time_zone varchar(64) not null default 'America/Toronto'
        constraint trainers_time_zone_known check (studios.is_time_zone(time_zone));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table studios.trainers drop column time_zone; drop function studios.is_time_zone(text);');
  }
}
