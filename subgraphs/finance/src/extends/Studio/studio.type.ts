import { ENTITY_ID_SCOPES, entityStub } from '@fitflow/kit';

/** studios' `Studio` entity, extended here with the invoices addressed to the studio. */
export const StudioRef = entityStub('Studio', { scopes: ENTITY_ID_SCOPES.Studio });
export type StudioRef = InstanceType<typeof StudioRef>;
