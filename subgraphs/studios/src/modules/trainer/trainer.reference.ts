import { entityReference } from '@fitflow/kit';
import type { StudiosContext } from '../../context.js';
import { TrainerType } from './trainer.type.js';

/** `Trainer` entity references, batched through the per-request DataLoader; null when malformed or unknown. */
export const trainerReference = entityReference(['id'], async ({ id }, ctx: StudiosContext): Promise<TrainerType | null> => {
  const entity = await ctx.loaders.trainerById.load(id);
  return entity && TrainerType.from(entity);
});
