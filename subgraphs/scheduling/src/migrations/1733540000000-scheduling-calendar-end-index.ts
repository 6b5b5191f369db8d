import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reading a trainer's busy times (`AppointmentRepository.occupied`: sessions not cancelled with
 * `start_time < to and end_time > from`) went through `(trainer_id, start_time)`, whose only bound
 * is `start_time < to`: every past session of the trainer was read and dropped (a trainer with years
 * of history: tens of thousands of rows per open-slots search, bench/open-slots.ts). This index bounds
 * the read by `end_time > from` instead, for the sessions that count (not cancelled).
 */
export class SchedulingCalendarEndIndex1733540000000 implements MigrationInterface {
  name = 'SchedulingCalendarEndIndex1733540000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`create index appointments_trainer_busy_until_idx on scheduling.appointments (trainer_id, end_time) where status <> 'cancelled'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop index scheduling.appointments_trainer_busy_until_idx');
  }
}
