import { isUuid } from '@fitflow/kit';
import type { StudiosContext } from '../../context.js';
import { StudioType } from './studio.type.js';

/** `Studio` entity references from other subgraphs, batched through the per-request DataLoader; null when malformed or unknown. */
export const studioReference = {
  async __resolveReference(reference: { id: string }, ctx: StudiosContext): Promise<StudioType | null> {
    if (!isUuid(reference.id)) return null;
    const entity = await ctx.loaders.studioById.load(reference.id.toLowerCase());
    return entity && StudioType.from(entity);
  },
};
