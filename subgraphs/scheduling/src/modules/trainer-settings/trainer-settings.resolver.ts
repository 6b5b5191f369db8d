import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { setTravelBuffer, travelBufferOf } from './trainer-settings.service.js';

/** `Trainer.travelBufferMinutes` and `Mutation.setTravelBuffer` (the stub is in extends/Trainer). */
@Resolver(() => TrainerRef)
export class TrainerSettingsResolver {
  @FieldResolver(() => Int, {
    description: 'Minutes the trainer keeps free between sessions at different places (two studios, a studio and online…); 0 by default.',
  })
  travelBufferMinutes(@Root() trainer: TrainerRef, @Ctx() ctx: SchedulingContext): Promise<number> {
    return travelBufferOf(ctx, trainer.id);
  }

  @Mutation(() => TrainerRef, {
    description:
      'Sets the travel buffer (0 to 240 minutes) kept free between sessions at different places; scheduling and openSlots respect it. Your own, or with trainerId a trainer of your team (Trainer Admin) or anyone (super admin). Errors: BAD_USER_INPUT, NOT_FOUND, FORBIDDEN.',
  })
  setTravelBuffer(
    @Arg('minutes', () => Int) minutes: number,
    @Arg('trainerId', () => ID, { nullable: true }) trainerId: string | null,
    @Ctx() ctx: SchedulingContext,
  ): Promise<TrainerRef> {
    return setTravelBuffer(ctx, minutes, trainerId);
  }
}
