import { isUuid } from '@fitflow/kit';
import { ClientRef } from './client.type.js';

/** `Client` references need no lookup here: the key is all this subgraph adds fields to. Malformed ids resolve to null. */
export const clientReference = {
  __resolveReference: (reference: { id: string }) => (isUuid(reference.id) ? ClientRef.of(reference.id.toLowerCase()) : null),
};
