import { ENTITY_ID_SCOPES, entityStub } from '@fitflow/kit';

/**
 * scheduling's `Appointment` entity, extended here with the session notes written for it. Only `id`
 * comes from this subgraph; the gateway fetches the rest from scheduling.
 */
export const AppointmentRef = entityStub('Appointment', { scopes: ENTITY_ID_SCOPES.Appointment });
export type AppointmentRef = InstanceType<typeof AppointmentRef>;
