import { defineModule, isAuthenticated, stubReference } from '@fitflow/kit';
import { StudioRef } from './studio.type.js';

/**
 * studios' `Studio`, extended by finance (`Studio.invoices` lives in the invoice module). References
 * need no lookup: a malformed key resolves to null (kit `stubReference`), and each field filters by
 * the caller's scope itself.
 */
export const studioExtension = defineModule({
  name: 'extends/Studio',
  orphanedTypes: [StudioRef],
  references: { Studio: stubReference(['id'], ({ id }) => StudioRef.of(id)) },
  rules: { Studio: { id: isAuthenticated } },
});
