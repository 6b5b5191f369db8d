import { stubReference } from '@fitflow/kit';
import { TrainerRef } from './trainer.type.js';

/** `Trainer` references need no lookup here: `Trainer.clients` filters by the caller's scope itself. A malformed key resolves to null (kit `stubReference`). */
export const trainerReference = stubReference(['id'], ({ id }) => TrainerRef.of(id));
