import { notFound, parseId } from '@fitflow/kit';
import type { StudiosContext } from '../../context.js';
import { TrainerType } from './trainer.type.js';

/**
 * One trainer's profile.
 * @throws NOT_FOUND for an unknown id; BAD_USER_INPUT for a malformed one.
 */
export async function getTrainer(ctx: StudiosContext, id: string): Promise<TrainerType> {
  const entity = await ctx.loaders.trainerById.load(parseId(id));
  if (!entity) throw notFound('Trainer');
  return TrainerType.from(entity);
}

/** The trainer profile of a user, or null when the user is not a trainer. */
export async function trainerOfUser(ctx: StudiosContext, userId: string): Promise<TrainerType | null> {
  const entity = await ctx.loaders.trainerById.load(userId);
  return entity && TrainerType.from(entity);
}
