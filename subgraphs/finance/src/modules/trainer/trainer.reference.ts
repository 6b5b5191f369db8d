import { isUuid } from '@fitflow/kit';
import { TrainerRef } from './trainer.type.js';

/**
 * `Trainer` references need no lookup here: the id is all this subgraph adds fields to, and each
 * field filters by the caller's scope itself. A malformed id resolves to null.
 */
export const trainerReference = {
  __resolveReference: (reference: { id: string }): TrainerRef | null => (isUuid(reference.id) ? TrainerRef.of(reference.id.toLowerCase()) : null),
};
