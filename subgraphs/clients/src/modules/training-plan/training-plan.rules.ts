import { chain, recordRule, type IRules } from '@fitflow/kit';
import { CLINICAL_WRITERS, type ClientRelation } from '../../access/client-access.js';
import { canWriteClinical, isTrainer, READ_ONLY_CLINICAL, readsClients, receivesPhi } from '../../access/rules.js';
import type { ClientsContext } from '../../context.js';

/**
 * May change the plan named by argument `arg`: NOT_FOUND when the caller cannot see it (as for an
 * unknown id), FORBIDDEN unless they may write its client's notes and plans.
 */
export const canWriteTrainingPlan = (arg: string) =>
  recordRule<ClientsContext, ClientRelation>({
    name: 'canWriteTrainingPlan',
    path: arg,
    what: 'Training plan',
    relation: async (ctx, id) => {
      const clientId = await ctx.loaders.trainingPlanClient.load(id);
      return clientId ? ctx.loaders.clientRelation.load(clientId) : null;
    },
    allow: (r) => CLINICAL_WRITERS.includes(r),
    message: READ_ONLY_CLINICAL,
  });

/** Shield rules of the fields the training-plan module defines. */
export const trainingPlanRules: IRules = {
  Mutation: {
    createTrainingPlan: chain(isTrainer, canWriteClinical('input.clientId')),
    updateTrainingPlan: chain(isTrainer, canWriteTrainingPlan('id')),
    archiveTrainingPlan: chain(isTrainer, canWriteTrainingPlan('id')),
  },
  Client: { trainingPlans: receivesPhi },
  TrainingPlan: readsClients,
};
