import type { SchedulingContext } from '../../context.js';
import type { AppointmentType } from '../appointment/appointment.type.js';
import { ParticipantType } from './participant.type.js';

/**
 * The participants of an appointment the caller could read that they may see, in booking order
 * (cancelled bookings included): all of them for the session's trainer (own or team) and super
 * admins; only their own booking for a client; none for a studio admin, who sees the head count only
 * (docs/domain.md, Roles: a studio sees its schedule, not who the clients are).
 */
export async function participantsOf(ctx: SchedulingContext, appointment: AppointmentType): Promise<ParticipantType[]> {
  return (await ctx.loaders.participantsOfAppointment.load(appointment.id)).map(ParticipantType.from);
}

/** How many participants are confirmed (waitlisted and cancelled bookings do not count), whoever may see the appointment. */
export function headCountOf(ctx: SchedulingContext, appointment: AppointmentType): Promise<number> {
  return ctx.loaders.headCountOfAppointment.load(appointment.id);
}
