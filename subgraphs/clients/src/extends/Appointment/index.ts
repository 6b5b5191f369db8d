import { defineModule, isAuthenticated, stubReference } from '@fitflow/kit';
import { AppointmentRef } from './appointment.type.js';

/**
 * scheduling's `Appointment` entity as this subgraph extends it: the stub type and its reference (no
 * lookup: `Appointment.sessionNotes` filters by the caller's scope itself; a malformed key resolves
 * to null). `Appointment.sessionNotes` returns session-note data, so its resolver and rule live in the
 * session-note module.
 */
export const appointmentExtension = defineModule({
  name: 'extends/Appointment',
  orphanedTypes: [AppointmentRef],
  references: { Appointment: stubReference(['id'], ({ id }) => AppointmentRef.of(id)) },
  rules: { Appointment: { id: isAuthenticated } },
});
