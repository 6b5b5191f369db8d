import { systemScope } from '@fitflow/kit';
import { demoAuth, demoTrainer as trainer, execute } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { DataKeyRepository } from '../../protection/data-key.repository.js';
import { ClientKeys } from '../../protection/keys.js';
import { clientsOf, clientsTestKeyRing, useClientsTestBed } from '../../test-bed.js';
import { sealTrainingPlan } from './training-plan.sealing.js';

/** A client's training plans, sealed at rest. */
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
