import { isUuid } from '@fitflow/kit';
import { StudioRef } from './studio.type.js';

/** `Studio` references need no lookup here (`Studio.invoices` filters by scope). A malformed id resolves to null. */
export const studioReference = {
  __resolveReference: (reference: { id: string }): StudioRef | null => (isUuid(reference.id) ? StudioRef.of(reference.id.toLowerCase()) : null),
};
