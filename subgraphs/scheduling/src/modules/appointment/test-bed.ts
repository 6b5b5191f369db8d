import type { DataSource } from 'typeorm';

/**
 * Tests only: removes the sessions, series, bookings and outbox events created since `since` (by the
 * database clock), through an owner connection, so that the tests reading the demo tenant after a
 * writing test file see the demo tenant alone. Audit rows stay (the log is append-only).
 * @returns a `since` mark to pass later: the database's now.
 */
export async function markNow(owner: DataSource): Promise<Date> {
  const [{ now }] = await owner.query('select clock_timestamp() as now');
  return now as Date;
}

/** Deletes what was written to the calendar since `since` (see {@link markNow}). */
export async function forgetCalendarWritesSince(owner: DataSource, since: Date): Promise<void> {
  await owner.transaction(async (em) => {
    const made = `select id from scheduling.appointments where created_at >= $1`;
    await em.query(`delete from scheduling.appointment_participants where appointment_id in (${made}) or created_at >= $1`, [since]);
    await em.query(`delete from scheduling.outbox where created_at >= $1`, [since]);
    await em.query(`delete from scheduling.appointments where created_at >= $1`, [since]);
    await em.query(`delete from scheduling.appointment_series where created_at >= $1`, [since]);
    await em.query(`delete from scheduling.trainer_settings where updated_at >= $1`, [since]);
  });
}
