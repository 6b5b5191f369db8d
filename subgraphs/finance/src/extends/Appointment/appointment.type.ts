import { ENTITY_ID_SCOPES, entityStub } from '@fitflow/kit';

/** scheduling's `Appointment` entity, referenced by id only (the session an invoice line bills). */
export const AppointmentRef = entityStub('Appointment', { resolvable: false, scopes: ENTITY_ID_SCOPES.Appointment });
export type AppointmentRef = InstanceType<typeof AppointmentRef>;
