import type { SchedulingContext } from '../../context.js';
import type { AppointmentType } from '../appointment/appointment.type.js';
import { ParticipantType } from './participant.type.js';

/** Everyone booked into an appointment the caller could read, in booking order (cancelled bookings included). */
export async function participantsOf(ctx: SchedulingContext, appointment: AppointmentType): Promise<ParticipantType[]> {
  return (await ctx.loaders.participantsOfAppointment.load(appointment.id)).map(ParticipantType.from);
}

/** How many participants are confirmed (waitlisted and cancelled bookings do not count). */
export async function headCountOf(ctx: SchedulingContext, appointment: AppointmentType): Promise<number> {
  return (await ctx.loaders.participantsOfAppointment.load(appointment.id)).filter((p) => p.status === 'confirmed').length;
}
