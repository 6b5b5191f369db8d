import { defineModule, isAuthenticated } from '@fitflow/kit';

/** clients' `Client`, referenced by id only (`Invoice.client`): finance adds no field and resolves no reference. */
export const clientExtension = defineModule({
  name: 'extends/Client',
  rules: { Client: isAuthenticated },
});
