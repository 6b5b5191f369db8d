import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { StudiosContext } from '../../context.js';
import { UserRef } from '../../extends/User/user.type.js';
import { StudioContractType } from '../contract/contract.type.js';
import { getTrainer, parentTrainer, teamTrainers, trainerOfContract, trainerOfUser } from './trainer.service.js';
import { TrainerType } from './trainer.type.js';

@Resolver(() => TrainerType)
export class TrainerResolver {
  @Query(() => TrainerType, { description: "A trainer's profile. Errors: NOT_FOUND, BAD_USER_INPUT (malformed id)." })
  trainer(@Arg('id', () => ID) id: string, @Ctx() ctx: StudiosContext): Promise<TrainerType> {
    return getTrainer(ctx, id);
  }

  @FieldResolver(() => TrainerType, { nullable: true, description: 'The Trainer Admin whose team this trainer is in.' })
  parentTrainer(@Root() trainer: TrainerType, @Ctx() ctx: StudiosContext): Promise<TrainerType | null> {
    return parentTrainer(ctx, trainer);
  }

  @FieldResolver(() => [TrainerType], { description: 'Trainers in this trainer admin’s team (direct members).' })
  teamTrainers(@Root() trainer: TrainerType, @Ctx() ctx: StudiosContext): Promise<TrainerType[]> {
    return teamTrainers(ctx, trainer.id);
  }
}

@Resolver(() => StudioContractType)
export class StudioContractTrainerResolver {
  @FieldResolver(() => TrainerType)
  trainer(@Root() contract: StudioContractType, @Ctx() ctx: StudiosContext): Promise<TrainerType> {
    return trainerOfContract(ctx, contract);
  }
}

@Resolver(() => UserRef)
export class UserTrainerResolver {
  @FieldResolver(() => TrainerType, { nullable: true, description: "The user's trainer profile; null when the user is not a trainer." })
  trainer(@Root() user: UserRef, @Ctx() ctx: StudiosContext): Promise<TrainerType | null> {
    return trainerOfUser(ctx, user.id);
  }
}
