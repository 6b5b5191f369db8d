import { demoAuth, demoTenant, demoTrainer as trainer, executeAsJson as run, useSubgraphTestBed, UNKNOWN_ID } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { buildSchedulingServer } from './server.js';

/**
 * Security events (docs/security.md): a NOT_FOUND answered by scheduling is recorded in
 * `scheduling.refusal_log` — also when it ends a write whose transaction rolls back.
 */
const bed = useSubgraphTestBed('scheduling', buildSchedulingServer, { as: 'app' });

const SCHEDULE = 'mutation ($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { id } }';
const APPOINTMENT = 'query ($id: ID!) { appointment(id: $id) { id startTime } }';
const userId = (email: string) => demoTenant().users.find((u) => u.email === email)!.id;
const rowsOf = (user: string, resourceId: string): Promise<Record<string, unknown>[]> =>
  bed.owner.query(
    `select kind, user_id, app_id, resource_type, field, resource_id, request_id from scheduling.refusal_log where user_id = $1 and resource_id = $2 order by created_at`,
    [user, resourceId],
  );

describe('scheduling records its NOT_FOUND answers', () => {
  it('a session at a studio nobody knows: NOT_FOUND (nothing written), and a refusal_log row about the studio', async () => {
    const maya = userId('maya@fitflow.demo');
    const before = await rowsOf(maya, UNKNOWN_ID);
    const input = {
      classTypeId: demoTenant().classTypes.find((c) => c.trainerId === trainer('maya').id && c.category === 'individual')!.id,
      startTime: '2027-03-09T14:00:00Z',
      locationType: 'STUDIO',
      studioId: UNKNOWN_ID,
    };
    const result = await run(bed.server, SCHEDULE, { input }, await demoAuth('maya@fitflow.demo'));
    expect(result).toEqual({ data: null, errors: [expect.objectContaining({ message: 'Studio not found.', extensions: { code: 'NOT_FOUND' } })] });
    const written = await bed.owner.query('select id from scheduling.appointments where trainer_id = $1 and start_time = $2', [
      trainer('maya').id,
      input.startTime,
    ]);
    expect(written).toEqual([]);
    const rows = (await rowsOf(maya, UNKNOWN_ID)).slice(before.length);
    expect(rows).toEqual([
      {
        kind: 'not_found',
        user_id: maya,
        app_id: null,
        resource_type: 'Studio',
        field: 'Mutation.scheduleAppointment',
        resource_id: UNKNOWN_ID,
        request_id: expect.any(String),
      },
    ]);
  });

  it("another trainer's session asked for by id: recorded as an Appointment", async () => {
    const mayas = demoTenant().appointments.find((a) => a.trainerId === trainer('maya').id)!;
    const noah = userId('noah@fitflow.demo');
    const before = await rowsOf(noah, mayas.id);
    const result = await run(bed.server, APPOINTMENT, { id: mayas.id }, await demoAuth('noah@fitflow.demo'));
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect((await rowsOf(noah, mayas.id)).slice(before.length)).toEqual([
      expect.objectContaining({ resource_type: 'Appointment', field: 'Query.appointment' }),
    ]);
  });
});
