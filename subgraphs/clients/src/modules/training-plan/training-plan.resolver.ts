import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { ClientsContext } from '../../context.js';
import { ClientType } from '../client/client.type.js';
import { CreateTrainingPlanInput, UpdateTrainingPlanInput } from './training-plan.inputs.js';
import { archiveTrainingPlan, createTrainingPlan, trainingPlansOfClient, updateTrainingPlan } from './training-plan.service.js';
import { TrainingPlanType } from './training-plan.type.js';

@Resolver(() => ClientType)
export class ClientTrainingPlansResolver {
  @FieldResolver(() => [TrainingPlanType], { description: 'Training plans, newest start date first.' })
  trainingPlans(@Root() client: ClientType, @Ctx() ctx: ClientsContext): Promise<TrainingPlanType[]> {
    return trainingPlansOfClient(ctx, client.id);
  }
}

@Resolver(() => TrainingPlanType)
export class TrainingPlanResolver {
  @Mutation(() => TrainingPlanType, {
    description:
      "Creates a training plan for a client (the client's trainer or team admin, or a write/admin share): phases of weeks of sessions of exercises, at most 52 weeks. Errors: BAD_USER_INPUT naming the field, NOT_FOUND, FORBIDDEN (shared read-only).",
  })
  createTrainingPlan(@Arg('input', () => CreateTrainingPlanInput) input: CreateTrainingPlanInput, @Ctx() ctx: ClientsContext): Promise<TrainingPlanType> {
    return createTrainingPlan(ctx, input);
  }

  @Mutation(() => TrainingPlanType, {
    description:
      'Changes a training plan that is not archived; planDetails, when given, replaces the whole structure. Errors: BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT (archived).',
  })
  updateTrainingPlan(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTrainingPlanInput) input: UpdateTrainingPlanInput,
    @Ctx() ctx: ClientsContext,
  ): Promise<TrainingPlanType> {
    return updateTrainingPlan(ctx, id, input);
  }

  @Mutation(() => TrainingPlanType, {
    description: 'Archives a training plan: kept, no longer changed. Errors: NOT_FOUND, FORBIDDEN, CONFLICT (already archived).',
  })
  archiveTrainingPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: ClientsContext): Promise<TrainingPlanType> {
    return archiveTrainingPlan(ctx, id);
  }
}
