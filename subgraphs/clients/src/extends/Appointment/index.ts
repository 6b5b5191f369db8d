import { defineModule, isAuthenticated } from '@fitflow/kit';

/**
 * scheduling's `Appointment` entity, referenced by id only: the stub type (appointment.type.ts) is
 * returned by `SessionNote.appointment`, so the schema reaches it without listing it here; not
 * resolvable in this subgraph.
 */
export const appointmentExtension = defineModule({
  name: 'extends/Appointment',
  rules: { Appointment: isAuthenticated },
});
