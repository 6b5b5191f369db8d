import { entityReference } from '@fitflow/kit';
import type { StudiosContext } from '../../context.js';
import { StudioContractType } from './contract.type.js';

/**
 * `StudioContract` references by (trainerId, studioId), batched through the per-request (scoped)
 * DataLoader: null when malformed, unknown or outside the caller's scope.
 */
export const contractReference = entityReference(['trainerId', 'studioId'], async (pair, ctx: StudiosContext): Promise<StudioContractType | null> => {
  const entity = await ctx.loaders.contractByPair.load(pair);
  return entity && StudioContractType.from(entity);
});
