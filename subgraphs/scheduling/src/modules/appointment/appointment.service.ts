import { forbidden, isUuid, notFound, pageRequest, parseId, type Connection } from '@fitflow/kit';
import { mayListTrainerSchedule } from '../../access/appointment-access.js';
import type { SchedulingContext } from '../../context.js';
import type { ClientUpcomingArgs, StudioScheduleArgs, TrainerScheduleArgs, UpcomingArgs } from './appointment.args.js';
import { assertRange } from './appointment.paging.js';
import { listKey, type PageLane, type PageList } from './appointment.repository.js';
import { AppointmentType } from './appointment.type.js';

/*
 * Reads of appointments. Every read goes through the per-request loaders, which only ever return
 * appointments in the caller's scope (access/appointment-access.ts, docs/domain.md, Roles: own and
 * team sessions, those at the studios a studio admin runs and the locations below them, those a
 * client is booked into): an appointment outside it is "not found", exactly like an unknown one.
 */

const NO_FILTER: PageList = { trainerId: null, studioId: null, clientId: null, from: null, to: null };

async function page(ctx: SchedulingContext, lane: PageLane, list: PageList, request: ReturnType<typeof pageRequest>): Promise<Connection<AppointmentType>> {
  const connection = await ctx.loaders.appointmentPages[lane].load({ parentId: listKey(list), ...request });
  return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: AppointmentType.from(edge.node.appointment) })) };
}

const emptyConnection = (): Connection<AppointmentType> => ({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });

/**
 * One appointment.
 * @throws BAD_USER_INPUT for a malformed id; NOT_FOUND for an unknown id or one outside the caller's scope.
 */
export async function getAppointment(ctx: SchedulingContext, id: string): Promise<AppointmentType> {
  const appointmentId = parseId(id);
  const entity = await ctx.loaders.appointmentById.load(appointmentId);
  if (!entity) throw notFound('Appointment', appointmentId);
  return AppointmentType.from(entity);
}

/**
 * A trainer's upcoming sessions at one studio (still scheduled, not started yet), by start time.
 * Batched: the same field on many contracts costs one statement.
 * @throws BAD_USER_INPUT for an `after` cursor this API did not produce.
 */
export async function contractUpcomingAppointments(
  ctx: SchedulingContext,
  contract: { trainerId: string; studioId: string },
  args: UpcomingArgs,
): Promise<Connection<AppointmentType>> {
  const request = pageRequest(args, 'instant');
  if (!isUuid(contract.trainerId) || !isUuid(contract.studioId)) return emptyConnection();
  return page(ctx, 'contractUpcoming', { ...NO_FILTER, trainerId: contract.trainerId.toLowerCase(), studioId: contract.studioId.toLowerCase() }, request);
}

/** A client's next sessions (still scheduled, not started, booking not cancelled), soonest first; `first` of them at most. */
export async function clientUpcomingAppointments(ctx: SchedulingContext, clientId: string, args: ClientUpcomingArgs): Promise<AppointmentType[]> {
  if (!isUuid(clientId)) return [];
  const connection = await page(ctx, 'clientUpcoming', { ...NO_FILTER, clientId: clientId.toLowerCase() }, { first: args.first, after: null });
  return connection.edges.map((edge) => edge.node);
}

/**
 * A studio's schedule: sessions starting in `[from, to)` (UTC), optionally one trainer's, by start time.
 * Only the sessions in the caller's scope: a studio admin of this studio or of one above it sees them
 * all; a trainer their own (and their team's); others none.
 * @throws BAD_USER_INPUT when `to` is not after `from`, the window exceeds 92 days, `trainerId` is
 * malformed, or the cursor is not valid.
 */
export async function studioAppointments(ctx: SchedulingContext, studioId: string, args: StudioScheduleArgs): Promise<Connection<AppointmentType>> {
  assertRange(args.from, args.to);
  const trainerId = args.trainerId == null ? null : parseId(args.trainerId, 'trainerId');
  const request = pageRequest(args, 'instant');
  const window = { from: args.from.toISOString(), to: args.to.toISOString() };
  return page(ctx, 'studioSchedule', { ...NO_FILTER, studioId: studioId.toLowerCase(), trainerId, ...window }, request);
}

/**
 * A trainer's schedule: sessions starting in `[from, to)` (UTC), optionally at one studio, by start time.
 * A trainer lists their own, a trainer admin also their team's (transitively), a studio admin anyone's
 * (only the sessions at their studios and those below), a super admin anyone's.
 * @throws FORBIDDEN when a trainer asks for the schedule of a trainer outside their team (or a client
 * asks at all); BAD_USER_INPUT as {@link studioAppointments}.
 */
export async function trainerAppointments(ctx: SchedulingContext, trainerId: string, args: TrainerScheduleArgs): Promise<Connection<AppointmentType>> {
  assertRange(args.from, args.to);
  const studioId = args.studioId == null ? null : parseId(args.studioId, 'studioId');
  const request = pageRequest(args, 'instant');
  const id = trainerId.toLowerCase();
  if (!(await maySeeTrainerSchedule(ctx, id))) throw forbidden('You may only list your own schedule and your team’s.');
  const window = { from: args.from.toISOString(), to: args.to.toISOString() };
  return page(ctx, 'trainerSchedule', { ...NO_FILTER, trainerId: id, studioId, ...window }, request);
}

/** {@link mayListTrainerSchedule} for the caller, looking the team up (batched) only for a trainer admin. */
export async function maySeeTrainerSchedule(ctx: SchedulingContext, trainerId: string): Promise<boolean> {
  const inTeam = ctx.scope.adminTrainerIds.length > 0 && isUuid(trainerId) ? await ctx.loaders.inViewerTeam.load(trainerId.toLowerCase()) : false;
  return mayListTrainerSchedule(ctx.scope, trainerId.toLowerCase(), inTeam);
}

/** The IANA time zone of the appointment's studio (from `studios.studio_directory`); null when not at a studio. */
export async function appointmentTimeZone(ctx: SchedulingContext, appointment: AppointmentType): Promise<string | null> {
  return appointment.studioId ? ctx.loaders.timeZoneOfStudio.load(appointment.studioId) : null;
}
