import { ENTITY_ID_SCOPES, entityStub } from '@fitflow/kit';

/**
 * clients' `Client` entity: the participant of an appointment, extended here with upcoming sessions.
 * Only the id lives here; names and health data stay in the clients subgraph.
 */
export const ClientRef = entityStub('Client', { scopes: ENTITY_ID_SCOPES.Client });
export type ClientRef = InstanceType<typeof ClientRef>;
