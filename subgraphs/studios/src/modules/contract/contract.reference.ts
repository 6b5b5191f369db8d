import { isUuid } from '@fitflow/kit';
import type { StudiosContext } from '../../context.js';
import { StudioContractType } from './contract.type.js';

/** `StudioContract` references by (trainerId, studioId), batched through a DataLoader. */
export const contractReference = {
  async __resolveReference(reference: { trainerId: string; studioId: string }, ctx: StudiosContext) {
    if (!isUuid(reference.trainerId) || !isUuid(reference.studioId)) return null;
    const entity = await ctx.loaders.contractByPair.load({ trainerId: reference.trainerId, studioId: reference.studioId });
    return entity && StudioContractType.from(entity);
  },
};
