import { ENTITY_ID_SCOPES, entityStub } from '@fitflow/kit';

/** clients' `Client` entity: the client billed by a client invoice, extended here with `Client.invoices` (client-invoice module). */
export const ClientRef = entityStub('Client', { scopes: ENTITY_ID_SCOPES.Client });
export type ClientRef = InstanceType<typeof ClientRef>;
