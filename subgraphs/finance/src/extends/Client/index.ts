import { defineModule, isAuthenticated, stubReference } from '@fitflow/kit';
import { ClientRef } from './client.type.js';

/**
 * clients' `Client`, extended by finance (`Client.invoices` lives in the client-invoice module).
 * References need no lookup: a malformed key resolves to null (kit `stubReference`), and each field
 * filters by the caller's scope itself.
 */
export const clientExtension = defineModule({
  name: 'extends/Client',
  orphanedTypes: [ClientRef],
  references: { Client: stubReference(['id'], ({ id }) => ClientRef.of(id)) },
  rules: { Client: { id: isAuthenticated } },
});
