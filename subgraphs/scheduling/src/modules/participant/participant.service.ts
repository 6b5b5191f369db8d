import { actsAsTrainer, badUserInput, conflict, forbidden, notFound, parseId, type UnitOfWork } from '@fitflow/kit';
import { DateTime } from 'luxon';
import type { SchedulingContext } from '../../context.js';
import type { schedulingRepositories } from '../../data.js';
import { AppointmentType } from '../appointment/appointment.type.js';
import type { BookableClassesArgs } from './participant.args.js';
import type { ParticipantEntity } from './participant.entity.js';
import type { AttendanceInput } from './participant.inputs.js';
import type { DirectoryClient, LockedSession, OverlappingBooking } from './participant.repository.js';
import { ParticipantType } from './participant.type.js';

/*
 * Bookings, the waitlist and attendance (docs/scheduling.md, "Bookings and the waitlist",
 * "Attendance", "What clients may do"). Every write runs in ONE transaction that first locks the
 * session's appointment row (ParticipantRepository.lockSession): capacity is counted, the waitlist
 * ordered and attendance checked on a state no other booking changes meanwhile, so a class is never
 * over capacity however many people book at once. Everything is checked before the first write.
 */

type SchedulingTx = UnitOfWork<ReturnType<typeof schedulingRepositories>>;

/** Audit rows name the table they describe. */
const TABLE = 'appointment_participants';
/** Most attendance entries one `markAttendance` call takes. */
export const MAX_ATTENDANCE_ENTRIES = 200;
/** Longest `bookableClasses` window, in days (two months). */
export const MAX_BOOKABLE_DAYS = 62;
/** Most sessions one `bookableClasses` call returns. */
export const MAX_BOOKABLE_SESSIONS = 500;
/** How far in the past `bookableClasses`' `from` may be (a client's clock, a slow network), in ms. */
const CLOCK_SKEW_MS = 5 * 60_000;
const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Reads
// ---------------------------------------------------------------------------------------------

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
export async function headCountOf(ctx: SchedulingContext, appointment: AppointmentType): Promise<number> {
  return (await ctx.loaders.bookingStatsOfAppointment.load(appointment.id))?.confirmed ?? 0;
}

/** How many may be confirmed: the class type's `max_participants`. */
export async function capacityOf(ctx: SchedulingContext, appointment: AppointmentType): Promise<number> {
  return (await ctx.loaders.bookingStatsOfAppointment.load(appointment.id))?.capacity ?? 0;
}

/** Places not yet confirmed: capacity minus confirmed bookings, never below 0. */
export async function placesLeftOf(ctx: SchedulingContext, appointment: AppointmentType): Promise<number> {
  const stats = await ctx.loaders.bookingStatsOfAppointment.load(appointment.id);
  return stats ? Math.max(0, stats.capacity - stats.confirmed) : 0;
}

/** How many bookings wait for a place. */
export async function waitlistCountOf(ctx: SchedulingContext, appointment: AppointmentType): Promise<number> {
  return (await ctx.loaders.bookingStatsOfAppointment.load(appointment.id))?.waitlisted ?? 0;
}

/** A waitlisted booking's rank in its session's waitlist (1 = next in); null unless waitlisted. */
export function waitlistPositionOf(ctx: SchedulingContext, participant: ParticipantType): Promise<number | null> | null {
  return participant.status === 'waitlisted' ? ctx.loaders.waitlistRankOfParticipant.load(participant.id) : null;
}

/**
 * The group sessions a signed-in client may book themselves: their trainer's (clients'
 * `client_directory.trainer_id`) sessions that are still scheduled, have not started and start in
 * `[from, to)` (UTC), by start time — full ones included (`placesLeft` 0): booking one puts the client
 * on its waitlist. At most {@link MAX_BOOKABLE_SESSIONS}.
 * @throws FORBIDDEN for anyone but a client; BAD_USER_INPUT when `to` is not after `from`, the window
 * exceeds {@link MAX_BOOKABLE_DAYS} days, or `from` is in the past.
 */
export async function bookableClasses(ctx: SchedulingContext, { from, to }: BookableClassesArgs): Promise<AppointmentType[]> {
  if (ctx.scope.clientIds.length === 0) throw forbidden('Only clients can list the classes they may book.');
  if (!(to.getTime() > from.getTime())) throw badUserInput('`to` must be after `from`.', 'to');
  if (to.getTime() - from.getTime() > MAX_BOOKABLE_DAYS * DAY_MS) {
    throw badUserInput(`The window from \`from\` to \`to\` may span at most ${MAX_BOOKABLE_DAYS} days: ask for the next weeks in another call.`, 'to');
  }
  if (from.getTime() < Date.now() - CLOCK_SKEW_MS) throw badUserInput('`from` must not be in the past: start the window now or later.', 'from');
  const sessions = await ctx.data.run((tx) => tx.participants.bookableGroupSessions(from, to, MAX_BOOKABLE_SESSIONS));
  return sessions.map(AppointmentType.from);
}

// ---------------------------------------------------------------------------------------------
// Booking
// ---------------------------------------------------------------------------------------------

/**
 * Books a client into a session, race-safe: in one transaction that locks the session's row, the
 * booking is `confirmed` while confirmed bookings are fewer than the class type's `max_participants`,
 * otherwise `waitlisted` at the end of the waitlist — never an error for a full class, never over
 * capacity. A cancelled booking of the same client is booked again (its row is reused, at the end of
 * the queue).
 *
 * Who: the session's trainer (own, or a Trainer Admin for their team) for a client whose trainer they
 * act for (clients' `client_directory.trainer_id`); a super admin for anyone; a client for themself
 * into a group session of their own trainer.
 *
 * @param appointmentIdArg the session; @param clientIdArg clients' client id.
 * @throws BAD_USER_INPUT for a malformed id or an inactive client; FORBIDDEN for a role that never
 * books (a studio admin) or a client booking someone else; NOT_FOUND('Appointment') for a session the
 * caller may not book into (as for an unknown id), NOT_FOUND('Client') for a client who is not the
 * caller's; CONFLICT when the session is not scheduled or has started, the client already holds an
 * active booking in it, or a place is free but the client is already confirmed into an overlapping
 * session (naming its time; a full class waitlists them whatever the overlap).
 */
export async function bookClient(ctx: SchedulingContext, appointmentIdArg: string, clientIdArg: string): Promise<ParticipantType> {
  const appointmentId = parseId(appointmentIdArg, 'appointmentId');
  const clientId = parseId(clientIdArg, 'clientId');
  const self = ctx.scope.clientIds.includes(clientId);
  if (!ctx.scope.superAdmin && !actsAsTrainer(ctx.scope)) {
    if (ctx.scope.clientIds.length === 0) throw forbidden('Only trainers and their clients can book sessions.');
    if (!self) throw forbidden('You can only book yourself into a class.');
  }
  const { booking, rebooked } = await retryingDeadlocks(() =>
    ctx.data.run(async (tx) => {
      // The client first: clients' directory is not ours to lock, and the session's lock is held briefly.
      const client = await tx.participants.directoryClient(clientId);
      const session = await tx.participants.lockSession(appointmentId);
      const access = session ? bookingAccess(session, client, self) : 'no-session';
      if (access === 'no-session') throw notFound('Appointment');
      if (access === 'no-client') throw notFound('Client');
      if (client!.status !== 'active') throw badUserInput('This client is inactive: make them active again before booking them.', 'clientId');
      assertTakesBookings(session!);
      const queue = await tx.participants.queueOf(appointmentId, clientId);
      if (queue.bookingStatus === 'confirmed') throw conflict('This client is already booked into this session.');
      if (queue.bookingStatus === 'waitlisted') throw conflict('This client is already on this session’s waitlist.');
      const status = queue.confirmed < session!.capacity ? 'confirmed' : 'waitlisted';
      if (status === 'confirmed') {
        await tx.participants.lockClient(clientId);
        const other = await tx.participants.overlappingBooking(clientId, appointmentId, session!.startTime, session!.endTime);
        if (other) {
          throw conflict(
            `This client is already confirmed into another session at that time (${describeTime(other)}): cancel that booking first, or choose another session.`,
          );
        }
      }
      const waitlistPosition = status === 'waitlisted' ? queue.lastWaitlistPosition + 1 : null;
      const rebooked = queue.bookingId !== null;
      const row = rebooked
        ? await tx.participants.rebook(queue.bookingId!, status, waitlistPosition)
        : await tx.participants.insertBooking({ appointmentId, clientId, status, waitlistPosition });
      await tx.audit.record({
        action: rebooked ? 'update' : 'create',
        table: TABLE,
        recordId: row.id,
        oldValues: rebooked ? { status: queue.bookingStatus } : null,
        newValues: { appointmentId, clientId, status, waitlistPosition, bookedBy: access === 'self' ? 'client' : 'trainer' },
      });
      return { booking: row, rebooked };
    }),
  );
  forgetBookings(ctx, appointmentId);
  ctx.log.info({ participantId: booking.id, appointmentId, status: booking.status, rebooked }, 'client booked');
  return ParticipantType.from(booking);
}

/**
 * Cancels a booking. A confirmed booking cancelled inside the class type's cancellation window
 * (`cancellation_window_minutes` before the start, 12 h by default) is marked `lateCancellation`,
 * whoever cancels it (billing decides what that costs). A confirmed cancellation promotes the first
 * waitlisted client in the same transaction — skipping (and leaving on the waitlist) anyone who is
 * confirmed into an overlapping session meanwhile — and records `waitlist.promoted` in the outbox;
 * every cancellation records `booking.cancelled` (the client is to be told when their trainer
 * cancelled for them).
 *
 * Who: the session's trainer (own or team), a super admin, or the client themself.
 * @throws BAD_USER_INPUT for a malformed id; NOT_FOUND('Booking') for an unknown booking or one the
 * caller may not cancel; CONFLICT when it is already cancelled, or the session is no longer scheduled
 * or has started.
 */
export async function cancelBooking(ctx: SchedulingContext, idArg: string): Promise<ParticipantType> {
  const id = parseId(idArg);
  const { cancelled, promoted } = await retryingDeadlocks(() =>
    ctx.data.run(async (tx) => {
      const found = await tx.participants.findById(id);
      const session = found ? await tx.participants.lockSession(found.appointmentId) : null;
      // Read again under the session's lock: nobody changes its bookings now.
      const booking = session ? await tx.participants.findById(id) : null;
      const own = !!booking && ctx.scope.clientIds.includes(booking.clientId);
      if (!session || !booking || !(session.teaches || own)) throw notFound('Booking');
      if (booking.status === 'cancelled') throw conflict('This booking is already cancelled.');
      if (session.status !== 'scheduled') throw conflict(`This session is ${session.status}: its bookings can no longer be cancelled.`);
      if (session.started) throw conflict('This session has already started: its bookings can no longer be cancelled. Take attendance instead.');
      const late = booking.status === 'confirmed' && session.insideCancellationWindow;
      const cancelledBy = own && !session.teaches ? 'client' : 'trainer';
      const row = await tx.participants.cancel(id, late);
      await tx.audit.record({
        action: 'update',
        table: TABLE,
        recordId: id,
        oldValues: { status: booking.status, waitlistPosition: booking.waitlistPosition },
        newValues: { status: 'cancelled', lateCancellation: late, cancelledBy },
      });
      // The client is told when their trainer cancelled for them (a client who cancelled knows).
      await tx.outbox.record({
        type: 'booking.cancelled',
        appointmentId: session.id,
        clientIds: cancelledBy === 'trainer' ? [booking.clientId] : [],
        payload: { participantId: id, lateCancellation: late, cancelledBy },
      });
      return { cancelled: row, promoted: booking.status === 'confirmed' ? await promoteFromWaitlist(tx, session) : [] };
    }),
  );
  forgetBookings(ctx, cancelled.appointmentId);
  ctx.log.info(
    { participantId: id, appointmentId: cancelled.appointmentId, late: cancelled.lateCancellation, promoted: promoted.map((p) => p.id) },
    'booking cancelled',
  );
  return ParticipantType.from(cancelled);
}

/**
 * Fills the free places of a locked session from its waitlist, next in first. A waitlisted client
 * who is by now confirmed into an overlapping session is skipped and keeps their place in the queue
 * (the overlap rule is checked again on promotion); the next one is promoted instead. Each promotion
 * is audited and recorded as `waitlist.promoted` in the outbox.
 * @returns the promoted bookings.
 */
async function promoteFromWaitlist(tx: SchedulingTx, session: LockedSession): Promise<ParticipantEntity[]> {
  let free = session.capacity - (await tx.participants.queueOf(session.id)).confirmed;
  const promoted: ParticipantEntity[] = [];
  if (free <= 0) return promoted;
  for (const candidate of await tx.participants.waitlistOf(session.id)) {
    await tx.participants.lockClient(candidate.clientId);
    if (await tx.participants.overlappingBooking(candidate.clientId, session.id, session.startTime, session.endTime)) continue;
    const row = await tx.participants.promote(candidate.id);
    await tx.audit.record({
      action: 'update',
      table: TABLE,
      recordId: row.id,
      oldValues: { status: 'waitlisted', waitlistPosition: candidate.waitlistPosition },
      newValues: { status: 'confirmed', promotedFromWaitlist: true },
    });
    await tx.outbox.record({ type: 'waitlist.promoted', appointmentId: session.id, clientIds: [row.clientId], payload: { participantId: row.id } });
    promoted.push(row);
    if (--free === 0) break;
  }
  return promoted;
}

// ---------------------------------------------------------------------------------------------
// Attendance
// ---------------------------------------------------------------------------------------------

/**
 * Records who of a session's confirmed participants attended (`attended` true) or did not show up
 * (false), all or nothing, each change audited. Allowed once the session has started, while it is
 * scheduled or after it was completed (a trainer corrects a mistake; the audit log keeps the earlier
 * value). Only the session's trainer (own or team) or a super admin.
 * @returns the updated bookings, in the order given.
 * @throws BAD_USER_INPUT for a malformed id, no entries or more than {@link MAX_ATTENDANCE_ENTRIES},
 * a client given twice, or a client who is not a confirmed participant (naming the client id);
 * NOT_FOUND('Appointment') for a session the caller does not teach; CONFLICT when the session is
 * cancelled or a no-show, or has not started yet.
 */
export async function markAttendance(ctx: SchedulingContext, appointmentIdArg: string, attendance: AttendanceInput[]): Promise<ParticipantType[]> {
  const appointmentId = parseId(appointmentIdArg, 'appointmentId');
  if (attendance.length === 0) throw badUserInput('Give the attendance of at least one client.', 'attendance');
  if (attendance.length > MAX_ATTENDANCE_ENTRIES) {
    throw badUserInput(`At most ${MAX_ATTENDANCE_ENTRIES} clients at once: send the others in another call.`, 'attendance');
  }
  const entries = attendance.map((entry) => ({ clientId: parseId(entry.clientId, 'clientId'), attended: entry.attended }));
  const seen = new Set<string>();
  for (const { clientId } of entries) {
    if (seen.has(clientId)) throw badUserInput(`Client ${clientId} is listed twice: give each client once.`, 'attendance');
    seen.add(clientId);
  }
  const updated = await ctx.data.run(async (tx) => {
    const session = await tx.participants.lockSession(appointmentId);
    if (!session?.teaches) throw notFound('Appointment');
    if (session.status === 'cancelled' || session.status === 'no-show') throw conflict(`This session is ${session.status}: there is no attendance to take.`);
    if (!session.started) throw conflict('This session has not started yet: take attendance once it has begun.');
    const bookings = await tx.participants.bookingsOf(appointmentId, [...seen]);
    const confirmed = new Map(bookings.filter((b) => b.status === 'confirmed').map((b) => [b.clientId, b]));
    const stranger = entries.find((e) => !confirmed.has(e.clientId));
    if (stranger) {
      throw badUserInput(`Client ${stranger.clientId} is not a confirmed participant of this session: leave them out, or book them first.`, 'attendance');
    }
    const rows = await tx.participants.setAttendance(appointmentId, entries);
    for (const row of rows) {
      const before = confirmed.get(row.clientId)!;
      if (before.attended === row.attended) continue;
      await tx.audit.record({
        action: 'update',
        table: TABLE,
        recordId: row.id,
        oldValues: { attended: before.attended },
        newValues: { attended: row.attended },
      });
    }
    return rows;
  });
  forgetBookings(ctx, appointmentId);
  ctx.log.info({ appointmentId, entries: entries.length }, 'attendance marked');
  const byClient = new Map(updated.map((row) => [row.clientId, row]));
  return entries.map((e) => ParticipantType.from(byClient.get(e.clientId)!));
}

// ---------------------------------------------------------------------------------------------
// Rules and helpers
// ---------------------------------------------------------------------------------------------

/**
 * How the caller may book `client` into `session` (docs/scheduling.md, "What clients may do"):
 * - `trainer`: they teach it (own, team, or super admin) and the client is theirs (own or team);
 * - `self`: it is their own client record, the session is a group session of their own trainer;
 * - `no-client`: they teach it, but the client is not theirs (NOT_FOUND for the client);
 * - `no-session`: anything else (NOT_FOUND for the session, as if unknown).
 */
export function bookingAccess(session: LockedSession, client: DirectoryClient | null, self: boolean): 'trainer' | 'self' | 'no-client' | 'no-session' {
  if (session.teaches && client?.ofCaller) return 'trainer';
  if (self && client && client.trainerId === session.trainerId && session.category === 'group') return 'self';
  return session.teaches ? 'no-client' : 'no-session';
}

/** @throws CONFLICT unless the session is scheduled and has not started. */
function assertTakesBookings(session: LockedSession): void {
  if (session.status !== 'scheduled') throw conflict(`This session is ${session.status}: it takes no bookings.`);
  if (session.started) throw conflict('This session has already started: it takes no more bookings.');
}

/** "Tue 9 Mar 2027, 09:00–10:00 America/Toronto": a session's time in its studio's zone (UTC when not at a studio). */
function describeTime({ startTime, endTime, timeZone }: OverlappingBooking): string {
  const zone = timeZone ?? 'UTC';
  const start = DateTime.fromJSDate(startTime, { zone }).setLocale('en-CA');
  const end = DateTime.fromJSDate(endTime, { zone }).setLocale('en-CA');
  return `${start.toFormat('ccc d LLL yyyy, HH:mm')}–${end.toFormat('HH:mm')} ${zone}`;
}

/** This request's loaders forget the session's bookings and counts (a later field reads them again). */
function forgetBookings(ctx: SchedulingContext, appointmentId: string): void {
  ctx.loaders.participantsOfAppointment.clear(appointmentId);
  ctx.loaders.bookingStatsOfAppointment.clear(appointmentId);
  ctx.loaders.headCountOfAppointment.clear(appointmentId);
}

/** PostgreSQL's deadlock and serialization failures: the transaction did nothing and may simply run again. */
const RETRYABLE = new Set(['40P01', '40001']);
const sqlState = (error: unknown): string | undefined =>
  (error as { driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;

/**
 * Runs `work` (one whole transaction) again, up to three times in all, when PostgreSQL aborted it as
 * a deadlock: two promotions locking waitlisted clients of different sessions in opposite order can
 * meet (client locks, ParticipantRepository.lockClient); the second try finds the locks free.
 */
async function retryingDeadlocks<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= 3 || !RETRYABLE.has(sqlState(error) ?? '')) throw error;
    }
  }
}
