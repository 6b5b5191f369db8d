import { notFound, parseId } from '@fitflow/kit';
import type { StudiosContext } from '../../context.js';
import { TrainerType } from './trainer.type.js';

/**
 * One trainer's profile.
 * @throws NOT_FOUND for an unknown id; BAD_USER_INPUT (field `id`) for a malformed one.
 */
export async function getTrainer(ctx: StudiosContext, id: string): Promise<TrainerType> {
  const entity = await ctx.loaders.trainerById.load(parseId(id));
  if (!entity) throw notFound('Trainer');
  return TrainerType.from(entity);
}

/** The trainer profile of a user (a trainer's id is their user id), or null when the user is not a trainer. */
export async function trainerOfUser(ctx: StudiosContext, userId: string): Promise<TrainerType | null> {
  const entity = await ctx.loaders.trainerById.load(userId);
  return entity && TrainerType.from(entity);
}

/** The Trainer Admin whose team a trainer is in, or null for an independent trainer. */
export async function parentTrainer(ctx: StudiosContext, trainer: TrainerType): Promise<TrainerType | null> {
  if (!trainer.parentTrainerId) return null;
  const parent = await ctx.loaders.trainerById.load(trainer.parentTrainerId);
  return parent && TrainerType.from(parent);
}

/** The direct members of a trainer admin's team, by last then first name. */
export async function teamTrainers(ctx: StudiosContext, trainerId: string): Promise<TrainerType[]> {
  return (await ctx.loaders.teamOf.load(trainerId)).map(TrainerType.from);
}

/** The trainer of a contract (contracts always name an existing trainer). */
export async function trainerOfContract(ctx: StudiosContext, contract: { trainerId: string }): Promise<TrainerType> {
  return TrainerType.from((await ctx.loaders.trainerById.load(contract.trainerId))!);
}
