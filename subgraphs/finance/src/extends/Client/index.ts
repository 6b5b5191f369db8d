import { defineModule, isAuthenticated } from '@fitflow/kit';
import { ClientRef } from './client.type.js';

/** clients' `Client`, referenced by id only (`Invoice.client`): finance adds no field and resolves no reference. */
export const clientExtension = defineModule({
  name: 'extends/Client',
  orphanedTypes: [ClientRef],
  rules: { Client: isAuthenticated },
});
