import { defineModule } from '@fitflow/kit';
import type { ClientsRequest } from '../../context.js';
import { TrainingPlanEntity } from './training-plan.entity.js';
import { createTrainingPlanLoaders } from './training-plan.loaders.js';
import { ClientTrainingPlansResolver, TrainingPlanResolver } from './training-plan.resolver.js';
import { trainingPlanRules } from './training-plan.rules.js';

/** Training plans (`clients.training_plans`): `Client.trainingPlans`; creating, changing and archiving them. */
export const trainingPlanModule = defineModule({
  name: 'training-plan',
  resolvers: [TrainingPlanResolver, ClientTrainingPlansResolver],
  rules: trainingPlanRules,
  entities: [TrainingPlanEntity],
  loaders: (request: ClientsRequest) => createTrainingPlanLoaders(request),
});
