import { entityReference } from '@fitflow/kit';
import type { SchedulingContext } from '../../context.js';
import { AppointmentType } from './appointment.type.js';

/** `Appointment` entity references, batched through the per-request (scoped) DataLoader. */
export const appointmentReference = entityReference(['id'], async ({ id }, ctx: SchedulingContext): Promise<AppointmentType | null> => {
  const entity = await ctx.loaders.appointmentById.load(id);
  return entity && AppointmentType.from(entity);
});
