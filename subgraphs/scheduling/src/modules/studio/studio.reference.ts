import { isUuid } from '@fitflow/kit';
import { StudioRef } from './studio.type.js';

/** `Studio` references need no lookup here: the key is all this subgraph adds fields to. Malformed ids resolve to null. */
export const studioReference = {
  __resolveReference: (reference: { id: string }) => (isUuid(reference.id) ? StudioRef.of(reference.id.toLowerCase()) : null),
};
