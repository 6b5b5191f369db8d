import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { StudiosContext } from '../../context.js';
import { StudioType } from '../studio/studio.type.js';
import { contractsOfTrainer } from '../contract/contract.service.js';
import { StudioContractType } from '../contract/contract.type.js';
import { getTrainer } from './trainer.service.js';
import { TrainerType } from './trainer.type.js';

@Resolver(() => TrainerType)
export class TrainerResolver {
  @Query(() => TrainerType, { description: "A trainer's profile. Errors: NOT_FOUND, BAD_USER_INPUT (malformed id)." })
  trainer(@Arg('id', () => ID) id: string, @Ctx() ctx: StudiosContext): Promise<TrainerType> {
    return getTrainer(ctx, id);
  }

  @FieldResolver(() => TrainerType, { nullable: true, description: 'The Trainer Admin whose team this trainer is in.' })
  async parentTrainer(@Root() trainer: TrainerType, @Ctx() ctx: StudiosContext): Promise<TrainerType | null> {
    if (!trainer.parentTrainerId) return null;
    const parent = await ctx.loaders.trainerById.load(trainer.parentTrainerId);
    return parent && TrainerType.from(parent);
  }

  @FieldResolver(() => [TrainerType], { description: 'Trainers in this trainer admin’s team (direct members).' })
  async teamTrainers(@Root() trainer: TrainerType, @Ctx() ctx: StudiosContext): Promise<TrainerType[]> {
    return (await ctx.loaders.teamOf.load(trainer.id)).map(TrainerType.from);
  }

  @FieldResolver(() => [StudioContractType], {
    description:
      "Contracts with studios, active first: only those the caller may see (the trainer's own, their trainer admin's, the studio's or a parent studio's admins', super admins).",
  })
  contracts(@Root() trainer: TrainerType, @Ctx() ctx: StudiosContext): Promise<StudioContractType[]> {
    return contractsOfTrainer(ctx, trainer.id);
  }

  @FieldResolver(() => [StudioType], { description: 'Studios where this trainer has an active contract that the caller may see (see contracts).' })
  async studios(@Root() trainer: TrainerType, @Ctx() ctx: StudiosContext): Promise<StudioType[]> {
    const contracts = (await ctx.loaders.contractsOfTrainer.load(trainer.id)).filter((c) => c.status === 'active');
    const studios = await ctx.loaders.studioById.loadMany(contracts.map((c) => c.studioId));
    return studios.flatMap((s) => (s && !(s instanceof Error) ? [StudioType.from(s)] : []));
  }
}
