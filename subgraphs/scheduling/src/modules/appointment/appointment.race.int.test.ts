import { demoAuth, demoStudio as studio, demoTenant, demoTrainer as trainer, executeAsJson as run, useSubgraphTestBed } from '@fitflow/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchedulingServer } from '../../server.js';
import { forgetCalendarWritesSince, markNow } from './test-bed.js';

/*
 * One trainer, one calendar, when the application's own check is not enough: PostgreSQL's exclusion
 * constraint `appointments_no_double_booking` is the guarantee (docs/scheduling.md, "No double
 * booking"). Times are in February 2027, far from the demo tenant's weeks and from the other tests'.
 */

const bed = useSubgraphTestBed('scheduling', buildSchedulingServer, { as: 'app' });
let started: Date;
beforeAll(async () => {
  started = await markNow(bed.owner);
});
afterAll(() => forgetCalendarWritesSince(bed.owner, started));

const individual = (trainerKey: string) => demoTenant().classTypes.find((c) => c.trainerId === trainer(trainerKey).id && c.category === 'individual')!.id;
const SCHEDULE = 'mutation ($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { id startTime } }';
const INSERT = `insert into scheduling.appointments (trainer_id, studio_id, class_type_id, start_time, end_time, rate, status, cancelled_at)
                values ($1, $2, $3, $4, $5, 60.00, $6::varchar, case when $6::varchar = 'cancelled' then now() end) returning id`;

describe('the database refuses a double booking whatever wrote it', () => {
  it('refuses two overlapping sessions of one trainer at two studios in two zones, and lets a cancelled one overlap', async () => {
    const maya = trainer('maya').id;
    // 09:00 in Toronto and 06:30 in Vancouver overlap by half an hour.
    await bed.owner.query(INSERT, [maya, studio('harbourfront').id, individual('maya'), '2027-02-01T14:00:00Z', '2027-02-01T15:00:00Z', 'scheduled']);
    await expect(
      bed.owner.query(INSERT, [maya, studio('kits').id, individual('maya'), '2027-02-01T14:30:00Z', '2027-02-01T15:30:00Z', 'scheduled']),
    ).rejects.toMatchObject({ driverError: { code: '23P01', constraint: 'appointments_no_double_booking' } });
    await bed.owner.query(INSERT, [maya, studio('kits').id, individual('maya'), '2027-02-01T14:30:00Z', '2027-02-01T15:30:00Z', 'cancelled']);
    // Another trainer at the same time is no clash.
    await bed.owner.query(INSERT, [trainer('noah').id, studio('kits').id, individual('noah'), '2027-02-01T14:30:00Z', '2027-02-01T15:30:00Z', 'scheduled']);
  });

  it('answers CONFLICT, naming the other session, when another transaction takes the time between the check and the insert', async () => {
    const maya = trainer('maya').id;
    const other = bed.owner.createQueryRunner();
    await other.connect();
    try {
      await other.startTransaction();
      // Not committed yet: the API's check cannot see it, its insert must wait for it.
      await other.query(INSERT, [maya, studio('kits').id, individual('maya'), '2027-02-08T15:00:00Z', '2027-02-08T16:00:00Z', 'scheduled']);
      const pending = run(
        bed.server,
        SCHEDULE,
        { input: { classTypeId: individual('maya'), startTime: '2027-02-08T15:30:00Z', locationType: 'STUDIO', studioId: studio('harbourfront').id } },
        await demoAuth('maya@fitflow.demo'),
      );
      // Commit only once the API's insert is waiting on the constraint (a lock not granted yet).
      for (let i = 0; i < 100; i++) {
        const [{ waiting }] = await bed.owner.query("select count(*)::int as waiting from pg_locks where not granted and locktype = 'transactionid'");
        if (waiting > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await other.commitTransaction();
      const result = await pending;
      expect(result.errors?.[0]).toMatchObject({
        message: 'You already have a session then: Mon 8 Feb 07:00–08:00 Vancouver (PT) at Kitsilano Flow Studio. Pick another time.',
        extensions: { code: 'CONFLICT' },
      });
      const rows = await bed.owner.query(`select id from scheduling.appointments where trainer_id = $1 and start_time::date = '2027-02-08'`, [maya]);
      expect(rows).toHaveLength(1);
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
  });
});
