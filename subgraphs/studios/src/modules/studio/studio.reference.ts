import { entityReference } from '@fitflow/kit';
import type { StudiosContext } from '../../context.js';
import { StudioType } from './studio.type.js';

/** `Studio` entity references from other subgraphs, batched through the per-request DataLoader; null when malformed or unknown. */
export const studioReference = entityReference(['id'], async ({ id }, ctx: StudiosContext): Promise<StudioType | null> => {
  const entity = await ctx.loaders.studioById.load(id);
  return entity && StudioType.from(entity);
});
