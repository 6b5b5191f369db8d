import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClientsContext } from '../../context.js';
import { ClientType } from '../client/client.type.js';
import { trainingPlansOfClient } from './training-plan.service.js';
import { TrainingPlanType } from './training-plan.type.js';

@Resolver(() => ClientType)
export class ClientTrainingPlansResolver {
  @FieldResolver(() => [TrainingPlanType], { description: 'Training plans, newest start date first.' })
  trainingPlans(@Root() client: ClientType, @Ctx() ctx: ClientsContext): Promise<TrainingPlanType[]> {
    return trainingPlansOfClient(ctx, client.id);
  }
}
