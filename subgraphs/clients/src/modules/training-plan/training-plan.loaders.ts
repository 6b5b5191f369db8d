import { groupLoader } from '@fitflow/kit';
import type { ClientsRequest } from '../../context.js';
import { logPhiReads } from '../access-log/access-log.record.js';
import type { TrainingPlanRecord } from './training-plan.entity.js';
import { TrainingPlanRepository } from './training-plan.repository.js';
import { openTrainingPlans } from './training-plan.sealing.js';

/** Per-request loaders of training plans: one transaction per batch, reads access-logged. */
export function createTrainingPlanLoaders(request: ClientsRequest) {
  const { db, scope, keys } = request;
  return {
    trainingPlansOfClient: groupLoader<TrainingPlanRecord>(
      (ids) =>
        db.run(async (em) => {
          const plans = await openTrainingPlans(em, keys, await new TrainingPlanRepository(em, scope).findByClients(ids));
          await logPhiReads(em, request, 'training_plan', plans);
          return plans;
        }),
      (p) => p.clientId,
    ),
  };
}
