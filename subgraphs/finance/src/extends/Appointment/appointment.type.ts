import { entityStub } from '@fitflow/kit';

/** scheduling's `Appointment` entity, referenced by id only (the session an invoice line bills). */
export const AppointmentRef = entityStub('Appointment', { resolvable: false });
export type AppointmentRef = InstanceType<typeof AppointmentRef>;
