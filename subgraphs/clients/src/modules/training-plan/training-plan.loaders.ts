import { groupLoader } from '@fitflow/kit';
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
  };
}
