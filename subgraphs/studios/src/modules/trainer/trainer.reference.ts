import { isUuid } from '@fitflow/kit';
import type { StudiosContext } from '../../context.js';
import { TrainerType } from './trainer.type.js';

/** `Trainer` entity references, batched through the per-request DataLoader; null when malformed or unknown. */
export const trainerReference = {
  async __resolveReference(reference: { id: string }, ctx: StudiosContext): Promise<TrainerType | null> {
    if (!isUuid(reference.id)) return null;
    const entity = await ctx.loaders.trainerById.load(reference.id.toLowerCase());
    return entity && TrainerType.from(entity);
  },
};
