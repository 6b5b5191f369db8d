import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `billable_session_directory`, published to finance (docs/database-contracts/scheduling.md): each
 * session with what invoicing it needs — when, which class, its status and completion, where, and its
 * head counts: `attendees` (confirmed bookings not marked absent: `attended` true or not recorded),
 * `no_shows` (confirmed, `attended` false), `late_cancellations` (bookings cancelled inside the class
 * type's cancellation window). Waitlisted bookings count nowhere. Ids and facts only: no client, no
 * note, no address.
 */
export class SchedulingBillableSessions1733700300000 implements MigrationInterface {
  name = 'SchedulingBillableSessions1733700300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create view scheduling.billable_session_directory as
        select a.id, a.trainer_id, a.studio_id, c.name as class_type_name, c.category,
               a.start_time, a.end_time, a.status, a.completed_at, a.location_type,
               b.attendees, b.no_shows, b.late_cancellations, a.cancelled_at
          from scheduling.appointments a
          join scheduling.class_types c on c.id = a.class_type_id
          cross join lateral (
            select (count(*) filter (where p.status = 'confirmed' and p.attended is distinct from false))::int as attendees,
                   (count(*) filter (where p.status = 'confirmed' and p.attended = false))::int as no_shows,
                   (count(*) filter (where p.status = 'cancelled' and p.late_cancellation))::int as late_cancellations
              from scheduling.appointment_participants p
             where p.appointment_id = a.id
          ) b;
      grant usage on schema scheduling to fitflow_finance, fitflow_finance_app;
      grant select on scheduling.billable_session_directory to fitflow_finance, fitflow_finance_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop view scheduling.billable_session_directory;');
  }
}
