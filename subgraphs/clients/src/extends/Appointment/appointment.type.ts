import { entityStub } from '@fitflow/kit';

/** scheduling's `Appointment` entity, referenced by id only (a session note's appointment). */
export const AppointmentRef = entityStub('Appointment', { resolvable: false });
export type AppointmentRef = InstanceType<typeof AppointmentRef>;
