import { badUserInput, conflict, notFound, parseId, redact } from '@fitflow/kit';
import { managedTrainerId } from '../../access/trainer-access.js';
import type { SchedulingContext } from '../../context.js';
import type { SchedulingTx } from '../../data.js';
import type { AppointmentEntity, AppointmentStatusValue } from './appointment.entity.js';
import type { RescheduleAppointmentInput, ScheduleAppointmentInput } from './appointment.inputs.js';
import {
  assertContract,
  assertFree,
  assertFuture,
  assertMayWrite,
  checkedDetails,
  checkedDuration,
  checkedPlace,
  checkedRate,
  classTypeFor,
  contractRate,
  studioTerms,
  writeCalendar,
  type Candidate,
  type LocationValue,
} from './appointment.planning.js';
import type { BookingFacts } from './appointment.repository.js';
import { spanWords } from './appointment.wording.js';
import { AppointmentType } from './appointment.type.js';

/*
 * Changes to sessions (docs/scheduling.md, "Sessions"): schedule a one-off, reschedule, cancel,
 * complete, mark a no-show. Each is one unit of work: the trainer's calendar lock, the checks, the
 * write, its audit rows and, when clients are to be told, its outbox event. Status moves only from
 * scheduled (to completed, cancelled or no-show); any other move is CONFLICT.
 */

/** Audit rows name the table they describe. */
const TABLE = 'appointments';
/** Where a client's home may be written: recorded as changed, never as its text. */
const REDACTED = ['locationDetails'];
/** Longest cancellation reason (it is shown to the clients told). */
const MAX_REASON = 500;

/** The facts of an appointment an audit row keeps (ids, times, status; the place text redacted). */
function auditValues(a: AppointmentEntity): Record<string, unknown> {
  return redact(
    {
      trainerId: a.trainerId,
      studioId: a.studioId,
      classTypeId: a.classTypeId,
      startTime: a.startTime.toISOString(),
      endTime: a.endTime.toISOString(),
      status: a.status,
      locationType: a.locationType,
      locationDetails: a.locationDetails,
      rate: a.rate?.toFixed(2) ?? null,
      seriesId: a.seriesId,
      recurrenceId: a.recurrenceId?.toISOString() ?? null,
      sequence: a.sequence,
    },
    REDACTED,
  )!;
}

/** Records an appointment's change (and the bookings it cancelled) in the audit log of the unit of work. */
export async function auditAppointment(
  tx: SchedulingTx,
  action: 'create' | 'update' | 'delete',
  before: AppointmentEntity | null,
  after: AppointmentEntity | null,
) {
  const row = (after ?? before)!;
  await tx.audit.record({ action, table: TABLE, recordId: row.id, oldValues: before && auditValues(before), newValues: after && auditValues(after) });
}

/** Records cancelled bookings in the audit log: ids and statuses only. */
export async function auditCancelledBookings(tx: SchedulingTx, bookings: readonly BookingFacts[], reason: string) {
  for (const b of bookings) {
    await tx.audit.record({
      action: 'update',
      table: 'appointment_participants',
      recordId: b.id,
      oldValues: { appointmentId: b.appointmentId, clientId: b.clientId, status: b.status },
      newValues: { status: 'cancelled' },
      reason,
    });
  }
}

const STATUS_WORDS: Record<AppointmentStatusValue, string> = {
  scheduled: 'scheduled',
  completed: 'completed',
  cancelled: 'cancelled',
  'no-show': 'marked a no-show',
};

/**
 * Only a scheduled session moves.
 * @throws CONFLICT "This session is cancelled; it cannot be completed."
 */
export function assertScheduled(a: AppointmentEntity, verb: string): void {
  if (a.status !== 'scheduled') throw conflict(`This session is ${STATUS_WORDS[a.status]}; it cannot be ${verb}.`);
}

/**
 * A reason a person gave (shown to the clients told, kept on the session).
 * @throws BAD_USER_INPUT (field reason) when blank or longer than 500 characters.
 */
export function checkedReason(reason: string): string {
  const value = reason.trim();
  if (!value) throw badUserInput('reason must say why the session is cancelled (the clients booked are told).', 'reason');
  if (value.length > MAX_REASON) throw badUserInput(`reason must be at most ${MAX_REASON} characters.`, 'reason');
  return value;
}

/**
 * An appointment the caller may change: read in their scope, then their right to change the
 * trainer's calendar.
 * @throws BAD_USER_INPUT (malformed id); NOT_FOUND (unknown or outside the caller's scope); FORBIDDEN
 * (readable but not theirs to change, e.g. a studio admin who is also a trainer, on another trainer's session).
 */
export async function writableAppointment(ctx: SchedulingContext, id: string, field = 'id'): Promise<AppointmentEntity> {
  const appointment = await ctx.loaders.appointmentById.load(parseId(id, field));
  if (!appointment) throw notFound('Appointment');
  await assertMayWrite(ctx, appointment.trainerId);
  return appointment;
}

/** Under the trainer's calendar lock, the appointment locked for update, or NOT_FOUND. */
export async function lockAppointment(tx: SchedulingTx, appointment: AppointmentEntity): Promise<AppointmentEntity> {
  await tx.appointments.lockCalendar(appointment.trainerId);
  const locked = await tx.appointments.findForUpdate(appointment.id);
  if (!locked) throw notFound('Appointment');
  return locked;
}

/**
 * Schedules a one-off session on a trainer's calendar (the caller's own by default).
 * Checks, in order: whose calendar (FORBIDDEN outside the team), the input (BAD_USER_INPUT: start in
 * the past, duration outside 5 min–12 h, place and studioId, details, rate), the class type (NOT_FOUND
 * when another trainer's; archived), the studio and the contract on that day in the studio's zone
 * (BAD_USER_INPUT field studioId), the trainer's calendar at every studio with their travel buffer
 * (CONFLICT naming the clashing session, `extensions.clashes`; a racing double booking refused by
 * PostgreSQL answers the same). The rate defaults to the contract's class rate for the category.
 */
export async function scheduleAppointment(ctx: SchedulingContext, input: ScheduleAppointmentInput): Promise<AppointmentType> {
  const trainerId = await managedTrainerId(ctx, input.trainerId);
  const locationType = input.locationType as LocationValue;
  const studioId = checkedPlace(locationType, input.studioId);
  const classTypeId = parseId(input.classTypeId, 'classTypeId');
  assertFuture(input.startTime);
  if (input.durationMinutes != null) checkedDuration(input.durationMinutes, 0);
  const details = checkedDetails(input.locationDetails);
  const rate = checkedRate(input.rate);
  let candidate: Candidate | null = null;
  const created = await writeCalendar(
    ctx,
    trainerId,
    async (tx) => {
      await tx.appointments.lockCalendar(trainerId);
      const classType = await classTypeFor(tx, trainerId, classTypeId);
      const minutes = checkedDuration(input.durationMinutes, classType.durationMinutes);
      const terms = studioId ? await studioTerms(tx, trainerId, studioId) : null;
      if (terms) assertContract(ctx, trainerId, terms, [input.startTime]);
      const endTime = new Date(input.startTime.getTime() + minutes * 60_000);
      candidate = { startTime: input.startTime, endTime, studioId, locationType, timeZone: terms?.studio.timeZone ?? null };
      await assertFree(ctx, tx, trainerId, [candidate]);
      const [row] = await tx.appointments.insert([
        {
          trainerId,
          studioId,
          classTypeId,
          startTime: input.startTime,
          endTime,
          locationType,
          locationDetails: details,
          rate: rate ?? contractRate(terms, classType),
          seriesId: null,
          recurrenceId: null,
        },
      ]);
      await auditAppointment(tx, 'create', null, row);
      return row;
    },
    () => ({ candidates: candidate ? [candidate] : [] }),
  );
  ctx.loaders.appointmentById.clear(created.id).prime(created.id, created);
  ctx.log.info({ appointmentId: created.id }, 'session scheduled');
  return AppointmentType.from(created);
}

/**
 * Moves a scheduled session to a new time (and place); an occurrence of a series stays one (its
 * series and RECURRENCE-ID are kept: the exception of RFC 5545). Bumps SEQUENCE and records an
 * `appointment.rescheduled` outbox event naming the clients booked (confirmed and waitlisted).
 * Moving to another studio takes that contract's class rate; otherwise the rate stays.
 * @throws as {@link scheduleAppointment}; NOT_FOUND for an appointment outside the caller's scope;
 * CONFLICT when the session is not scheduled.
 */
export async function rescheduleAppointment(ctx: SchedulingContext, id: string, input: RescheduleAppointmentInput): Promise<AppointmentType> {
  const current = await writableAppointment(ctx, id);
  assertFuture(input.startTime);
  if (input.durationMinutes != null) checkedDuration(input.durationMinutes, 0);
  const details = input.locationDetails === undefined ? undefined : checkedDetails(input.locationDetails);
  const locationType = (input.locationType ?? current.locationType) as LocationValue;
  const keepStudio = locationType === 'studio' && current.locationType === 'studio' ? current.studioId : null;
  const studioId = checkedPlace(locationType, input.studioId ?? keepStudio);
  const trainerId = current.trainerId;
  let candidate: Candidate | null = null;
  const after = await writeCalendar(
    ctx,
    trainerId,
    async (tx) => {
      const before = await lockAppointment(tx, current);
      assertScheduled(before, 'rescheduled');
      const minutes = checkedDuration(input.durationMinutes, (before.endTime.getTime() - before.startTime.getTime()) / 60_000);
      const terms = studioId ? await studioTerms(tx, trainerId, studioId) : null;
      if (terms) assertContract(ctx, trainerId, terms, [input.startTime]);
      const endTime = new Date(input.startTime.getTime() + minutes * 60_000);
      candidate = { startTime: input.startTime, endTime, studioId, locationType, timeZone: terms?.studio.timeZone ?? null };
      await assertFree(ctx, tx, trainerId, [candidate], { ignore: new Set([before.id]) });
      let rate = before.rate;
      if (studioId && studioId !== before.studioId) {
        const [classType] = await tx.classTypes.findByIds([before.classTypeId]);
        rate = contractRate(terms, classType) ?? before.rate;
      }
      const row = await tx.appointments.update(before.id, {
        startTime: input.startTime,
        endTime,
        locationType,
        studioId,
        rate,
        ...(details !== undefined ? { locationDetails: details } : {}),
      });
      await auditAppointment(tx, 'update', before, row);
      await tellMoved(tx, before, row);
      return row;
    },
    () => ({ candidates: candidate ? [candidate] : [], ignore: new Set([current.id]) }),
  );
  ctx.loaders.appointmentById.clear(after.id).prime(after.id, after);
  ctx.log.info({ appointmentId: after.id }, 'session rescheduled');
  return AppointmentType.from(after);
}

/** Records `appointment.rescheduled` for the clients booked into a moved session (ids and instants only). */
export async function tellMoved(tx: SchedulingTx, before: AppointmentEntity, after: AppointmentEntity): Promise<void> {
  const bookings = await tx.appointments.bookings([after.id]);
  await tx.outbox.record({
    type: 'appointment.rescheduled',
    appointmentId: after.id,
    clientIds: bookings.map((b) => b.clientId),
    payload: {
      previousStartTime: before.startTime.toISOString(),
      previousEndTime: before.endTime.toISOString(),
      previousStudioId: before.studioId,
      startTime: after.startTime.toISOString(),
      endTime: after.endTime.toISOString(),
      studioId: after.studioId,
      locationType: after.locationType,
      sequence: after.sequence,
    },
  });
}

/**
 * Cancels scheduled sessions inside a unit of work: each is cancelled with the reason (SEQUENCE
 * bumped), every booking on it is cancelled, and one `appointment.cancelled` outbox event per session
 * names the clients who were booked. The caller holds the calendar lock and the row locks.
 */
export async function cancelLocked(tx: SchedulingTx, sessions: readonly AppointmentEntity[], reason: string): Promise<AppointmentEntity[]> {
  const cancelled: AppointmentEntity[] = [];
  const bookings = await tx.appointments.cancelBookings(sessions.map((s) => s.id));
  for (const before of sessions) {
    const row = await tx.appointments.update(before.id, { status: 'cancelled', cancelledAt: new Date(), cancellationReason: reason });
    await auditAppointment(tx, 'update', before, row);
    const told = bookings.filter((b) => b.appointmentId === before.id);
    await auditCancelledBookings(tx, told, 'session cancelled');
    // The reason is not in the event: a person typed it and it may hold health details; the delivery job reads it from the session.
    await tx.outbox.record({
      type: 'appointment.cancelled',
      appointmentId: before.id,
      clientIds: told.map((b) => b.clientId),
      payload: { startTime: before.startTime.toISOString(), endTime: before.endTime.toISOString(), studioId: before.studioId, sequence: row.sequence },
    });
    cancelled.push(row);
  }
  return cancelled;
}

/**
 * Cancels a scheduled session with a reason: every booking on it is cancelled and ONE
 * `appointment.cancelled` outbox event names the clients, in the same transaction; SEQUENCE bumped. An
 * occurrence of a series keeps its series and RECURRENCE-ID (a cancelled exception).
 * @throws BAD_USER_INPUT (blank reason); NOT_FOUND; FORBIDDEN; CONFLICT when not scheduled.
 */
export async function cancelAppointment(ctx: SchedulingContext, id: string, reason: string): Promise<AppointmentType> {
  const current = await writableAppointment(ctx, id);
  const why = checkedReason(reason);
  const [after] = await ctx.data.run(async (tx) => {
    const before = await lockAppointment(tx, current);
    assertScheduled(before, 'cancelled');
    return cancelLocked(tx, [before], why);
  });
  ctx.loaders.appointmentById.clear(after.id).prime(after.id, after);
  ctx.log.info({ appointmentId: after.id }, 'session cancelled');
  return AppointmentType.from(after);
}

/**
 * Marks a session completed: only once its end has passed and every confirmed participant's
 * attendance is taken (`markAttendance`). SEQUENCE bumped.
 * @throws CONFLICT saying what to do first (wait for the end, take attendance) or when not scheduled;
 * NOT_FOUND; FORBIDDEN.
 */
export async function completeAppointment(ctx: SchedulingContext, id: string): Promise<AppointmentType> {
  const current = await writableAppointment(ctx, id);
  const after = await ctx.data.run(async (tx) => {
    const before = await lockAppointment(tx, current);
    assertScheduled(before, 'completed');
    if (before.endTime.getTime() > Date.now()) {
      const zone = await zoneOf(tx, before);
      throw conflict(`This session runs ${spanWords(before.startTime, before.endTime, zone, true)}; complete it once it has ended.`);
    }
    const pending = (await tx.appointments.bookings([before.id])).filter((b) => b.status === 'confirmed' && b.attended === null).length;
    if (pending > 0) {
      throw conflict(
        `Take attendance first: ${pending} confirmed participant${pending > 1 ? 's have' : ' has'} no attendance yet (markAttendance), then complete the session.`,
      );
    }
    const row = await tx.appointments.update(before.id, { status: 'completed', completedAt: new Date() });
    await auditAppointment(tx, 'update', before, row);
    return row;
  });
  ctx.loaders.appointmentById.clear(after.id).prime(after.id, after);
  ctx.log.info({ appointmentId: after.id }, 'session completed');
  return AppointmentType.from(after);
}

/**
 * Marks a scheduled session a no-show (nobody came) once its start has passed. SEQUENCE bumped.
 * @throws CONFLICT before the start or when not scheduled; NOT_FOUND; FORBIDDEN.
 */
export async function markAppointmentNoShow(ctx: SchedulingContext, id: string): Promise<AppointmentType> {
  const current = await writableAppointment(ctx, id);
  const after = await ctx.data.run(async (tx) => {
    const before = await lockAppointment(tx, current);
    assertScheduled(before, 'marked a no-show');
    if (before.startTime.getTime() > Date.now()) {
      const zone = await zoneOf(tx, before);
      throw conflict(`This session starts ${spanWords(before.startTime, before.endTime, zone, true)}; it can be marked a no-show once it has started.`);
    }
    const row = await tx.appointments.update(before.id, { status: 'no-show' });
    await auditAppointment(tx, 'update', before, row);
    return row;
  });
  ctx.loaders.appointmentById.clear(after.id).prime(after.id, after);
  ctx.log.info({ appointmentId: after.id }, 'session marked a no-show');
  return AppointmentType.from(after);
}

/** The zone a message shows a session in: its studio's, or null (UTC) away from a studio. */
async function zoneOf(tx: SchedulingTx, a: AppointmentEntity): Promise<string | null> {
  if (!a.studioId) return null;
  const [studio] = await tx.studioDirectory.places([a.studioId]);
  return studio?.timeZone ?? null;
}
