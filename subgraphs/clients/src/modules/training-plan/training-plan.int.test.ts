import { systemScope } from '@fitflow/kit';
import { demoAuth, demoEmma as emma, demoTrainer as trainer, execute, UNKNOWN_ID } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { DataKeyRepository } from '../../protection/data-key.repository.js';
import { ClientKeys } from '../../protection/keys.js';
import { clientsOf, clientsTestKeyRing, useClientsTestBed } from '../../test-bed.js';
import { sealTrainingPlan } from './training-plan.sealing.js';

/** A client's training plans: written by the client's trainers, sealed at rest. */
const bed = useClientsTestBed();

describe('training plans', () => {
  it("shows a client's training plans", async () => {
    const client = clientsOf('maya')[2];
    const id = crypto.randomUUID();
    const key = await bed.owner.transaction((em) => new DataKeyRepository(em, systemScope(), new ClientKeys(clientsTestKeyRing())).forClient(client.id));
    const sealed = sealTrainingPlan({ planDetails: { weeks: 12 }, progressMetrics: {} }, key, id);
    await bed.owner.query(
      `insert into clients.training_plans (id, trainer_id, client_id, name, goal, start_date, frequency_per_week, plan_details, progress_metrics)
       values ($1, $2, $3, 'Half marathon base', 'Run 21 km', '2026-01-05', 3, $4, $5)`,
      [id, trainer('maya').id, client.id, sealed.planDetails, sealed.progressMetrics],
    );
    try {
      const result = await execute(
        bed.server,
        'query($id: ID!) { client(id: $id) { trainingPlans { name goal startDate endDate frequencyPerWeek status planDetails } } }',
        { id: client.id },
        await demoAuth('maya@fitflow.demo'),
      );
      expect(result.data!.client.trainingPlans).toEqual([
        {
          name: 'Half marathon base',
          goal: 'Run 21 km',
          startDate: '2026-01-05',
          endDate: null,
          frequencyPerWeek: 3,
          status: 'ACTIVE',
          planDetails: { weeks: 12 },
        },
      ]);
      const [raw] = await bed.owner.query('select plan_details from clients.training_plans where id = $1', [id]);
      expect(raw.plan_details).toMatch(/^v1:client\./);
    } finally {
      await bed.owner.query('delete from clients.training_plans where id = $1', [id]);
    }
  });
});

const PLAN_FIELDS = 'id name goal startDate endDate frequencyPerWeek status planDetails';
const CREATE = `mutation($input: CreateTrainingPlanInput!) { createTrainingPlan(input: $input) { ${PLAN_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateTrainingPlanInput!) { updateTrainingPlan(id: $id, input: $input) { ${PLAN_FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveTrainingPlan(id: $id) { ${PLAN_FIELDS} } }`;

const squat = { name: 'Goblet squat', sets: 3, reps: 10, weightKg: 16 };
/** `weeks` numbered weeks of two sessions, in one phase. */
const details = (weeks: number, exercisesPerSession = 2) => ({
  phases: [
    {
      name: 'Base',
      focus: 'Technique and consistency',
      weeks: Array.from({ length: weeks }, (_, i) => ({
        week: i + 1,
        sessions: [
          { name: 'Lower body', dayOfWeek: 2, exercises: Array.from({ length: exercisesPerSession }, () => squat) },
          { name: 'Upper body', dayOfWeek: 4, exercises: [{ name: 'Plank', durationSeconds: 45, restSeconds: 30 }] },
        ],
      })),
    },
  ],
});

describe('writing training plans', () => {
  it("lets the client's trainer create, change and archive a plan, sealed at rest and audited", async () => {
    const client = clientsOf('maya')[4];
    const maya = await demoAuth('maya@fitflow.demo');
    let planId: string | undefined;
    try {
      const created = await execute(
        bed.server,
        CREATE,
        {
          input: {
            clientId: client.id,
            name: '12-week strength base',
            goal: 'Squat body weight',
            startDate: '2027-01-04',
            endDate: '2027-03-28',
            frequencyPerWeek: 2,
            planDetails: details(12),
          },
        },
        maya,
      );
      expect(created.errors).toBeUndefined();
      const plan = created.data!.createTrainingPlan;
      planId = plan.id;
      expect(plan).toMatchObject({ name: '12-week strength base', status: 'ACTIVE', startDate: '2027-01-04', endDate: '2027-03-28', frequencyPerWeek: 2 });
      expect(plan.planDetails.phases[0].weeks).toHaveLength(12);
      expect(plan.planDetails.phases[0].weeks[0].sessions[1].exercises[0]).toEqual({
        name: 'Plank',
        sets: null,
        reps: null,
        weightKg: null,
        durationSeconds: 45,
        restSeconds: 30,
        notes: null,
      });

      const updated = await execute(bed.server, UPDATE, { id: planId, input: { status: 'COMPLETED', planDetails: details(4) } }, maya);
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateTrainingPlan).toMatchObject({ name: '12-week strength base', status: 'COMPLETED' });
      expect(updated.data!.updateTrainingPlan.planDetails.phases[0].weeks).toHaveLength(4);

      const listed = await execute(bed.server, 'query($id: ID!) { client(id: $id) { trainingPlans { id status } } }', { id: client.id }, maya);
      expect(listed.data!.client.trainingPlans).toContainEqual({ id: planId, status: 'COMPLETED' });

      const archived = await execute(bed.server, ARCHIVE, { id: planId }, maya);
      expect(archived.data!.archiveTrainingPlan.status).toBe('ARCHIVED');
      const afterArchive = await execute(bed.server, UPDATE, { id: planId, input: { name: 'Renamed' } }, maya);
      expect(afterArchive.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
      expect((await execute(bed.server, ARCHIVE, { id: planId }, maya)).errors?.[0].extensions?.code).toBe('CONFLICT');

      const [raw] = await bed.owner.query('select name, status, plan_details, progress_metrics from clients.training_plans where id = $1', [planId]);
      expect(raw).toMatchObject({ name: '12-week strength base', status: 'archived' });
      expect(raw.plan_details).toMatch(/^v1:client\./);
      expect(raw.progress_metrics).toMatch(/^v1:client\./);
      const audit = await bed.owner.query('select action, old_values, new_values from clients.audit_log where record_id = $1 order by created_at, id', [
        planId,
      ]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update', 'update']);
      expect(audit[0].new_values).toMatchObject({ planDetails: '[redacted]', name: '12-week strength base', clientId: client.id });
      expect(audit[1]).toMatchObject({
        old_values: { status: 'active', planDetails: '[redacted]' },
        new_values: { status: 'completed', planDetails: '[redacted]' },
      });
      expect(audit[2]).toMatchObject({ old_values: { status: 'completed' }, new_values: { status: 'archived' } });
      expect(JSON.stringify(audit)).not.toMatch(/Goblet|Plank/);
    } finally {
      if (planId) await bed.owner.query('delete from clients.training_plans where id = $1', [planId]);
    }
  });

  it('lets a Trainer Admin write a plan for her team’s client, answers another trainer NOT_FOUND and a read-only share FORBIDDEN', async () => {
    const liamsClient = clientsOf('liam')[0];
    const plans = async () => Number((await bed.owner.query('select count(*)::int as n from clients.training_plans'))[0].n);
    const before = await plans();
    const input = (clientId: string) => ({ input: { clientId, name: 'Mobility', startDate: '2027-02-01', planDetails: details(2) } });
    const team = await execute(bed.server, CREATE, input(liamsClient.id), await demoAuth('maya@fitflow.demo'));
    expect(team.errors).toBeUndefined();
    const planId = team.data!.createTrainingPlan.id;
    try {
      const noah = await demoAuth('noah@fitflow.demo');
      const outside = await execute(bed.server, CREATE, input(liamsClient.id), noah);
      expect(outside.errors?.[0]).toMatchObject({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
      const foreignUpdate = await execute(bed.server, UPDATE, { id: planId, input: { name: 'Mine now' } }, noah);
      expect(foreignUpdate.errors?.[0]).toMatchObject({ message: 'Training plan not found.', extensions: { code: 'NOT_FOUND' } });
      expect((await execute(bed.server, UPDATE, { id: UNKNOWN_ID, input: { name: 'x' } }, noah)).errors?.[0]).toEqual(foreignUpdate.errors?.[0]);
      expect((await execute(bed.server, ARCHIVE, { id: planId }, noah)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      // Emma is shared with Sofia read-only; Emma herself and a studio admin write no plans.
      const sofia = await execute(bed.server, CREATE, input(emma().id), await demoAuth('sofia@fitflow.demo'));
      expect(sofia.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const own = await execute(bed.server, CREATE, input(emma().id), await demoAuth('emma.wilson@example.com'));
      expect(own.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await plans()).toBe(before + 1);
    } finally {
      await bed.owner.query('delete from clients.training_plans where id = $1', [planId]);
    }
  });

  it('refuses a plan over 52 weeks, a session over 30 exercises, weeks out of order or past the end date, writing nothing', async () => {
    const client = clientsOf('maya')[4];
    const maya = await demoAuth('maya@fitflow.demo');
    const plans = async () => Number((await bed.owner.query('select count(*)::int as n from clients.training_plans where client_id = $1', [client.id]))[0].n);
    const before = await plans();
    const create = async (overrides: Record<string, unknown>) =>
      (
        await execute(
          bed.server,
          CREATE,
          { input: { clientId: client.id, name: 'Plan', startDate: '2027-01-04', planDetails: details(2), ...overrides } },
          maya,
        )
      ).errors?.[0];
    expect(await create({ planDetails: details(53) })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: ['planDetails'] } });
    const crowded = await create({ planDetails: details(1, 31) });
    expect(crowded).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(crowded!.message).toMatch(/exercises must contain no more than 30 elements/);
    const twoPhases = { phases: [...details(3).phases, { name: 'Build', weeks: [{ week: 2, sessions: [] }] }] };
    const outOfOrder = await create({ planDetails: twoPhases });
    expect(outOfOrder).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'planDetails' } });
    expect(outOfOrder!.message).toMatch(/week 2 of phase "Build" comes after week 3/);
    expect(await create({ endDate: '2027-01-01' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'endDate' } });
    expect(await create({ endDate: '2027-01-10', planDetails: details(3) })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'endDate' } });
    expect(await create({ status: 'ARCHIVED' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'status' } });
    expect(await create({ name: 'x'.repeat(256) })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: ['name'] } });
    expect(await plans()).toBe(before);
  });
});
