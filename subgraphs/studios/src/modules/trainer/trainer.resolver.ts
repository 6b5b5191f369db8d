import { RequiresScopes } from '@fitflow/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StudiosContext } from '../../context.js';
import { UserRef } from '../../extends/User/user.type.js';
import { StudioContractType } from '../contract/contract.type.js';
import { UpdateBillingProfileInput } from './trainer.inputs.js';
import { billingProfileOf, getTrainer, parentTrainer, teamTrainers, trainerOfContract, trainerOfUser, updateBillingProfile } from './trainer.service.js';
import { TrainerBillingProfileType, TrainerType } from './trainer.type.js';

@Resolver(() => TrainerType)
export class TrainerResolver {
  @Query(() => TrainerType, { description: "A trainer's profile. Errors: NOT_FOUND, BAD_USER_INPUT (malformed id)." })
  @RequiresScopes('schedule:read', 'invoices:read')
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

  @FieldResolver(() => TrainerBillingProfileType, {
    nullable: true,
    description:
      "What the trainer's invoices say about them. Null unless the caller is the trainer, a trainer admin above them, a super admin, or an admin of a studio the trainer has a contract with.",
  })
  billingProfile(@Root() trainer: TrainerType, @Ctx() ctx: StudiosContext): Promise<TrainerBillingProfileType | null> {
    return billingProfileOf(ctx, trainer.id);
  }

  @Mutation(() => TrainerType, {
    description:
      "Changes what a trainer's invoices say about them: business name and address, GST/HST, QST and PST/RST registration numbers, invoice prefix (each field given; null clears it). Audited. For the trainer themself, the trainer admins above them, super admins. Errors: BAD_USER_INPUT naming the field (a GST/HST number whose check digit does not match included), FORBIDDEN, NOT_FOUND.",
  })
  updateBillingProfile(@Arg('input', () => UpdateBillingProfileInput) input: UpdateBillingProfileInput, @Ctx() ctx: StudiosContext): Promise<TrainerType> {
    return updateBillingProfile(ctx, input);
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
