import { stubReference } from '@fitflow/kit';
import { StudioContractRef } from './contract.type.js';

/** `StudioContract` references need no lookup here: the (trainerId, studioId) key is all it needs. A malformed key resolves to null (kit `stubReference`). */
export const contractReference = stubReference(['trainerId', 'studioId'], ({ trainerId, studioId }) => StudioContractRef.of(trainerId, studioId));
