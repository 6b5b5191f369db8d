import { entityStub } from '@fitflow/kit';

/** clients' `Client` entity, referenced by id only (the client billed by a client invoice). */
export const ClientRef = entityStub('Client', { resolvable: false });
export type ClientRef = InstanceType<typeof ClientRef>;
