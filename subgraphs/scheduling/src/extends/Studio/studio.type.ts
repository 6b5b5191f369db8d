import { ENTITY_ID_SCOPES, entityStub } from '@fitflow/kit';

/** studios' `Studio` entity, extended here with its schedule (`appointments`). */
export const StudioRef = entityStub('Studio', { scopes: ENTITY_ID_SCOPES.Studio });
export type StudioRef = InstanceType<typeof StudioRef>;
