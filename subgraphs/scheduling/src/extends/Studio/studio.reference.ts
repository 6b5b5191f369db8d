import { stubReference } from '@fitflow/kit';
import { StudioRef } from './studio.type.js';

/** `Studio` references need no lookup here: the key is all this subgraph adds fields to. A malformed key resolves to null (kit `stubReference`). */
export const studioReference = stubReference(['id'], ({ id }) => StudioRef.of(id));
