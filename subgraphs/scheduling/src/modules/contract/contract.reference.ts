import { isUuid } from '@fitflow/kit';
import { StudioContractRef } from './contract.type.js';

/** `StudioContract` references need no lookup here: the (trainerId, studioId) key is all it needs. Malformed keys resolve to null. */
export const contractReference = {
  __resolveReference: (reference: { trainerId: string; studioId: string }) =>
    isUuid(reference.trainerId) && isUuid(reference.studioId)
      ? StudioContractRef.of(reference.trainerId.toLowerCase(), reference.studioId.toLowerCase())
      : null,
};
