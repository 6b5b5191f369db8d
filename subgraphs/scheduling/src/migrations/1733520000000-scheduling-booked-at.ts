import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bookings (docs/scheduling.md, "Bookings and the waitlist"): `appointment_participants.booked_at`,
 * when the current booking was made (UTC). A cancelled booking that is booked again reuses its row
 * (one row per client and session) and joins the end of the queue, so its booking time is not the
 * row's `created_at`. Existing rows were booked when they were created.
 */
export class SchedulingBookedAt1733520000000 implements MigrationInterface {
  name = 'SchedulingBookedAt1733520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table scheduling.appointment_participants add column booked_at timestamptz;
      update scheduling.appointment_participants set booked_at = created_at;
      alter table scheduling.appointment_participants
        alter column booked_at set default now(),
        alter column booked_at set not null;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`alter table scheduling.appointment_participants drop column booked_at;`);
  }
}
