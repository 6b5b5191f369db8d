import { groupLoader } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { ClientsRequest } from '../../context.js';
import { logPhiReads } from '../access-log/access-log.record.js';
import type { TrainingPlanRecord } from './training-plan.entity.js';
import { openTrainingPlans } from './training-plan.sealing.js';

/** Per-request loaders of training plans: one unit of work per batch, reads access-logged. */
export function createTrainingPlanLoaders(request: ClientsRequest) {
  return {
    trainingPlansOfClient: groupLoader<TrainingPlanRecord>(
      (ids) =>
        request.data.run(async (tx) => {
          const plans = await openTrainingPlans(tx, await tx.trainingPlans.findByClients(ids));
          await logPhiReads(tx, request, 'training_plan', plans);
          return plans;
        }),
      (p) => p.clientId,
    ),
    /** The client of each visible plan (rules; nothing is opened or logged), null when unknown or out of scope. */
    trainingPlanClient: new DataLoader<string, string | null>(async (ids) => {
      const rows = await request.data.run((tx) => tx.trainingPlans.findByIds(ids));
      const byId = new Map(rows.map((r) => [r.id, r.clientId]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
