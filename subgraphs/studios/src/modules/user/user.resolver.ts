import { stubReference } from '@fitflow/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { StudiosContext } from '../../context.js';
import { trainerOfUser } from '../trainer/trainer.service.js';
import { TrainerType } from '../trainer/trainer.type.js';
import { UserRef } from './user.type.js';

@Resolver(() => UserRef)
export class UserTrainerResolver {
  @FieldResolver(() => TrainerType, { nullable: true, description: "The user's trainer profile; null when the user is not a trainer." })
  trainer(@Root() user: UserRef, @Ctx() ctx: StudiosContext): Promise<TrainerType | null> {
    return trainerOfUser(ctx, user.id);
  }
}

/** `User` references need no lookup here: the id is all this subgraph adds fields to. A malformed id resolves to null (kit `stubReference`). */
export const userReference = stubReference(['id'], ({ id }) => Object.assign(new UserRef(), { id }));
