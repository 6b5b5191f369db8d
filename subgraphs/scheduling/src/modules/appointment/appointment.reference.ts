import type { SchedulingContext } from '../../context.js';
import { appointmentByReference } from './appointment.service.js';
import type { AppointmentType } from './appointment.type.js';

/** `Appointment` entity references, batched through the per-request (scoped) DataLoader. */
export const appointmentReference = {
  __resolveReference(reference: { id: string }, ctx: SchedulingContext): Promise<AppointmentType | null> {
    return appointmentByReference(ctx, reference.id);
  },
};
