import { badUserInput, notFound, parseId, type Connection } from '@fitflow/kit';
import type { SchedulingContext } from '../../context.js';
import type { PageKey } from './appointment.loaders.js';
import { AppointmentType } from './appointment.type.js';

/** Longest schedule window one request may ask for, in days (a quarter). */
export const MAX_RANGE_DAYS = 92;

/**
 * @throws BAD_USER_INPUT when `to` is not after `from` or the window is longer than {@link MAX_RANGE_DAYS}.
 */
export function assertRange(from: Date, to: Date): void {
  if (to.getTime() <= from.getTime()) throw badUserInput('`to` must be after `from`.', 'to');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw badUserInput(`A schedule window can span at most ${MAX_RANGE_DAYS} days; ask for a shorter range.`, 'to');
  }
}

/**
 * One appointment.
 * @throws NOT_FOUND for an unknown id; BAD_USER_INPUT for a malformed one.
 */
export async function getAppointment(ctx: SchedulingContext, id: string): Promise<AppointmentType> {
  const row = await ctx.loaders.appointmentById.load(parseId(id));
  if (!row) throw notFound('Appointment');
  return AppointmentType.from(row);
}

/** A page of appointments of one parent (trainer, studio, contract or client), batched with its siblings. */
export async function appointmentPage(ctx: SchedulingContext, key: PageKey): Promise<Connection<AppointmentType>> {
  if (key.from && key.to) assertRange(key.from, key.to);
  const page = await ctx.loaders.appointmentPages.load(key);
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: AppointmentType.from(e.node) })) };
}
