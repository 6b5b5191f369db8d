import { stubReference } from '@fitflow/kit';
import { StudioContractRef } from './studio-contract.type.js';

/** `StudioContract` references need no lookup here: the (trainerId, studioId) key is all it needs. A malformed key resolves to null (kit `stubReference`). */
export const studioContractReference = stubReference(['trainerId', 'studioId'], ({ trainerId, studioId }) => StudioContractRef.of(trainerId, studioId));
