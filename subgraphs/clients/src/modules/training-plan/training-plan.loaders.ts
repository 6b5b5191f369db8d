import { groupLoader } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import type { ClientScope } from '../client/client.scope.js';
import { TrainingPlanRepository } from './training-plan.repository.js';

/** Per-request loaders of training plans. */
export function createTrainingPlanLoaders(ds: DataSource, scope: ClientScope) {
  const repository = new TrainingPlanRepository(ds, scope);
  return {
    trainingPlansOfClient: groupLoader((ids) => repository.findByClients(ids), (p) => p.clientId),
  };
}
