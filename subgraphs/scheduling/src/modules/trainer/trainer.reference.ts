import { isUuid } from '@fitflow/kit';
import { TrainerRef } from './trainer.type.js';

/** `Trainer` references need no lookup here: the key is all this subgraph adds fields to. Malformed ids resolve to null. */
export const trainerReference = {
  __resolveReference: (reference: { id: string }) => (isUuid(reference.id) ? TrainerRef.of(reference.id.toLowerCase()) : null),
};
