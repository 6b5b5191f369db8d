import type { ClientsContext } from '../../context.js';
import { TrainingPlanType } from './training-plan.type.js';

/** A client's training plans, newest start date first. */
export async function trainingPlansOfClient(ctx: ClientsContext, clientId: string): Promise<TrainingPlanType[]> {
  return (await ctx.loaders.trainingPlansOfClient.load(clientId)).map(TrainingPlanType.from);
}
