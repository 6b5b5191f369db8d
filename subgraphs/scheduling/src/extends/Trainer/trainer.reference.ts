import { stubReference } from '@fitflow/kit';
import { TrainerRef } from './trainer.type.js';

/** `Trainer` references need no lookup here: the key is all this subgraph adds fields to. A malformed key resolves to null (kit `stubReference`). */
export const trainerReference = stubReference(['id'], ({ id }) => TrainerRef.of(id));
