import { headCountOf } from '@fitflow/demo';
import { runSql } from '@fitflow/kit';
import { demoStudio as studio, demoTenant, demoTrainer as trainer, openSubgraphDatabase, testEnv } from '@fitflow/testkit';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `scheduling.billable_session_directory` (docs/database-contracts/scheduling.md): what finance reads to
 * bill a studio for a trainer's sessions — each session with its head counts, as the finance role sees it.
 */

let owner: DataSource;
let finance: pg.Client;

beforeAll(async () => {
  owner = await openSubgraphDatabase('scheduling');
  finance = new pg.Client({ connectionString: testEnv().appUrls.finance });
  await finance.connect();
});
afterAll(async () => {
  await finance?.end();
  await owner?.destroy();
});

const billable = async (id: string) => (await finance.query('select * from scheduling.billable_session_directory where id = $1', [id])).rows[0];

describe('the billable sessions published to finance', () => {
  it('counts attendees, no-shows and late cancellations of a session, and never a waitlisted or an early-cancelled booking', async () => {
    const maya = trainer('maya');
    const classType = demoTenant().classTypes.find((c) => c.trainerId === maya.id && c.category === 'group')!;
    const id = 'b1a5e55e-0000-4000-8000-000000000001';
    // A session long after the demo's last one, so that it clashes with nothing.
    const start = new Date(Date.UTC(2031, 2, 4, 23, 0));
    const end = new Date(start.getTime() + 60 * 60_000);
    const bookings: [status: string, attended: boolean | null, late: boolean, waitlist: number | null][] = [
      ['confirmed', true, false, null],
      ['confirmed', true, false, null],
      ['confirmed', null, false, null], // attendance not recorded: counted as there
      ['confirmed', false, false, null], // a no-show
      ['cancelled', null, true, null], // cancelled late
      ['cancelled', null, false, null], // cancelled in time
      ['waitlisted', null, false, 1],
    ];
    await runSql(
      owner.manager,
      `insert into scheduling.appointments (id, trainer_id, studio_id, class_type_id, start_time, end_time, status, completed_at, location_type, rate)
       values (:id, :trainer, :studio, :classType, :start, :end, 'completed', :end, 'studio', 58.00)`,
      { id, trainer: maya.id, studio: studio('harbourfront').id, classType: classType.id, start, end },
    );
    try {
      for (const [i, [status, attended, late, waitlist]] of bookings.entries())
        await runSql(
          owner.manager,
          `insert into scheduling.appointment_participants (appointment_id, client_id, status, attended, late_cancellation, waitlist_position, cancelled_at)
           values (:id, :client, :status, :attended, :late, :waitlist, :cancelledAt)`,
          {
            id,
            client: `c1e7e000-0000-4000-8000-00000000000${i}`,
            status,
            attended,
            late,
            waitlist,
            cancelledAt: status === 'cancelled' ? new Date(start.getTime() - 2 * 60 * 60_000) : null,
          },
        );
      expect(await billable(id)).toEqual({
        id,
        trainer_id: maya.id,
        studio_id: studio('harbourfront').id,
        class_type_name: classType.name,
        category: 'group',
        start_time: start,
        end_time: end,
        status: 'completed',
        completed_at: end,
        location_type: 'studio',
        attendees: 3,
        no_shows: 1,
        late_cancellations: 1,
        cancelled_at: null,
      });
    } finally {
      await runSql(owner.manager, 'delete from scheduling.appointment_participants where appointment_id = :id', { id });
      await runSql(owner.manager, 'delete from scheduling.appointments where id = :id', { id });
    }
  });

  it('lists every demo session, a completed one with its whole head count and a session nobody booked with none', async () => {
    const { rows } = await finance.query('select count(*)::int as n from scheduling.billable_session_directory');
    expect(rows[0].n).toBe(demoTenant().appointments.length);
    const completed = demoTenant().appointments.find((a) => a.status === 'completed' && a.participants.length > 2)!;
    expect(await billable(completed.id)).toMatchObject({ status: 'completed', attendees: headCountOf(completed), no_shows: 0, late_cancellations: 0 });
    // The weekly series are materialised months ahead, bookings only for the next four weeks.
    const empty = demoTenant().appointments.find((a) => a.participants.length === 0)!;
    expect(await billable(empty.id)).toMatchObject({ attendees: 0, no_shows: 0, late_cancellations: 0 });
  });

  it('publishes no client and nothing to a subgraph but finance', async () => {
    const columns = Object.keys(await billable(demoTenant().appointments[0].id));
    expect(columns).not.toContain('client_id');
    const clients = new pg.Client({ connectionString: testEnv().appUrls.clients });
    await clients.connect();
    try {
      await expect(clients.query('select * from scheduling.billable_session_directory')).rejects.toThrow(/permission denied/);
    } finally {
      await clients.end();
    }
  });
});
