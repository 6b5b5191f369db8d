import type { IRules } from '@fitflow/kit';
import { readsClients, receivesPhi } from '../../access/rules.js';

/** Shield rules of the fields the training-plan module defines. */
export const trainingPlanRules: IRules = {
  Client: { trainingPlans: receivesPhi },
  TrainingPlan: readsClients,
};
