import { stubReference } from '@fitflow/kit';
import { ClientRef } from './client.type.js';

/** `Client` references need no lookup here: the key is all this subgraph adds fields to. A malformed key resolves to null (kit `stubReference`). */
export const clientReference = stubReference(['id'], ({ id }) => ClientRef.of(id));
