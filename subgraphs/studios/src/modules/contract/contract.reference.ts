import type { StudiosContext } from '../../context.js';
import { contractByReference } from './contract.service.js';
import type { StudioContractType } from './contract.type.js';

/**
 * `StudioContract` references by (trainerId, studioId), batched through the per-request (scoped)
 * DataLoader: null when malformed, unknown or outside the caller's scope.
 */
export const contractReference = {
  __resolveReference(reference: { trainerId: string; studioId: string }, ctx: StudiosContext): Promise<StudioContractType | null> {
    return contractByReference(ctx, reference);
  },
};
