import { defineModule, isAuthenticated } from '@fitflow/kit';
import { AppointmentRef } from './appointment.type.js';

/** scheduling's `Appointment` entity, referenced by id only (`SessionNote.appointment`); not resolvable here. */
export const appointmentExtension = defineModule({
  name: 'extends/Appointment',
  orphanedTypes: [AppointmentRef],
  rules: { Appointment: isAuthenticated },
});
