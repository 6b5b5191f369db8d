import { isUuid } from '@fitflow/kit';
import type { SchedulingContext } from '../../context.js';
import { AppointmentType } from './appointment.type.js';

/** `Appointment` references, batched through the per-request DataLoader. */
export const appointmentReference = {
  async __resolveReference(reference: { id: string }, ctx: SchedulingContext): Promise<AppointmentType | null> {
    if (!isUuid(reference.id)) return null;
    const row = await ctx.loaders.appointmentById.load(reference.id.toLowerCase());
    return row && AppointmentType.from(row);
  },
};
