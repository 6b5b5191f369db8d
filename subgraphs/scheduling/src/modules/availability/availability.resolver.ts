import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { OpenSlotsArgs, TrainerAvailabilityArgs } from './availability.args.js';
import { SetAvailabilityInput } from './availability.inputs.js';
import { availabilityOfTrainer, openSlots, setAvailability } from './availability.service.js';
import { AvailabilityWindowType, OpenSlotType } from './availability.type.js';

/** `setAvailability` and `openSlots`. */
@Resolver(() => AvailabilityWindowType)
export class AvailabilityResolver {
  @Mutation(() => [AvailabilityWindowType], {
    description:
      'Sets your weekly windows at a studio (in its local time) from effectiveFrom on, to effectiveUntil when given: they replace the windows of those days. A Trainer Admin may name a trainer of their team. Errors: BAD_USER_INPUT naming the field, NOT_FOUND, FORBIDDEN.',
  })
  setAvailability(@Arg('input', () => SetAvailabilityInput) input: SetAvailabilityInput, @Ctx() ctx: SchedulingContext): Promise<AvailabilityWindowType[]> {
    return setAvailability(ctx, input);
  }

  @Query(() => [OpenSlotType], {
    description:
      'Times a session of the class type could start at the studio: inside the trainer’s availability there, clear of every other session of theirs at any studio (and of the travel buffer), every 15 minutes from each window’s start, future only. For the trainer, their Trainer Admin and their clients. Errors: BAD_USER_INPUT (more than 31 days, a class type not the trainer’s), NOT_FOUND, FORBIDDEN.',
  })
  openSlots(@Args(() => OpenSlotsArgs) args: OpenSlotsArgs, @Ctx() ctx: SchedulingContext): Promise<OpenSlotType[]> {
    return openSlots(ctx, args);
  }
}

/** `Trainer.availability` (the stub is in extends/Trainer). */
@Resolver(() => TrainerRef)
export class TrainerAvailabilityResolver {
  @FieldResolver(() => [AvailabilityWindowType], {
    description: 'The trainer’s weekly windows in force on a day (today by default), by weekday and start; a studio admin sees those at their studios.',
  })
  availability(
    @Root() trainer: TrainerRef,
    @Args(() => TrainerAvailabilityArgs) args: TrainerAvailabilityArgs,
    @Ctx() ctx: SchedulingContext,
  ): Promise<AvailabilityWindowType[]> {
    return availabilityOfTrainer(ctx, trainer.id, args);
  }
}
