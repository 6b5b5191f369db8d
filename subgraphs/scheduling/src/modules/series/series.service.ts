import { badUserInput, conflict, notFound, parseId, redact } from '@fitflow/kit';
import { managedTrainerId } from '../../access/trainer-access.js';
import { IANAZone } from 'luxon';
import type { SchedulingContext } from '../../context.js';
import type { SchedulingTx } from '../../data.js';
import { auditAppointment, cancelLocked, checkedReason, tellMoved, writableAppointment } from '../appointment/appointment.commands.js';
import type { AppointmentEntity } from '../appointment/appointment.entity.js';
import {
  assertContract,
  assertFree,
  assertFuture,
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
  type StudioTerms,
} from '../appointment/appointment.planning.js';
import { AppointmentType } from '../appointment/appointment.type.js';
import { ClassTypeType } from '../class-type/class-type.type.js';
import { inZone } from '../appointment/appointment.wording.js';
import type { SeriesEntity } from './series.entity.js';
import type { OccurrencesArgs, ScheduleSeriesInput, UpdateSeriesInput } from './series.inputs.js';
import { endBefore, expandRule, HORIZON_WEEKS, parseLocalStart, parseRule, restOf, type Occurrence } from './series.recurrence.js';
import { SeriesType } from './series.type.js';

/*
 * Recurring series (docs/scheduling.md, "Recurring series"): schedule one, change it from an
 * occurrence on, cancel it from an occurrence on. One occurrence alone is changed with the session
 * mutations (rescheduleAppointment, cancelAppointment), which keep its series and RECURRENCE-ID.
 */

const TABLE = 'appointment_series';
const WEEK_MS = 7 * 86_400_000;

/** Audit values of a series: ids, rule, zone, times (place text redacted). */
const auditValues = (s: SeriesEntity) =>
  redact(
    {
      trainerId: s.trainerId,
      studioId: s.studioId,
      classTypeId: s.classTypeId,
      rrule: s.rrule,
      timeZone: s.timeZone,
      localStart: s.localStart,
      durationMinutes: s.durationMinutes,
      locationType: s.locationType,
      locationDetails: s.locationDetails,
      rate: s.rate?.toFixed(2) ?? null,
      materialisedUntil: s.materialisedUntil.toISOString(),
      splitFromId: s.splitFromId,
      status: s.status,
    },
    ['locationDetails'],
  );

/** Occurrences are materialised this far: 26 weeks past the later of now and the first occurrence. */
const horizonFrom = (first: Date) => new Date(Math.max(Date.now(), first.getTime()) + HORIZON_WEEKS * WEEK_MS);

/**
 * A zone given for a series away from a studio.
 * @throws BAD_USER_INPUT (field timeZone) when missing or not an IANA zone.
 */
function checkedZone(timeZone: string | null | undefined): string {
  // TODO(trainer-zone): default to the trainer's home zone once studios publishes it in trainer_directory.
  if (!timeZone) throw badUserInput('timeZone is required for a series away from a studio, e.g. "America/Toronto".', 'timeZone');
  if (!IANAZone.isValidZone(timeZone)) throw badUserInput(`timeZone must be an IANA zone such as "America/Toronto" or "America/Vancouver".`, 'timeZone');
  return timeZone;
}

/** The candidates of occurrences for the clash check. */
const candidatesOf = (occurrences: readonly Occurrence[], minutes: number, place: { studioId: string | null; locationType: LocationValue }, timeZone: string) =>
  occurrences.map((o): Candidate => ({ startTime: o.start, endTime: new Date(o.start.getTime() + minutes * 60_000), ...place, timeZone }));

/**
 * Schedules a recurring session: the RRULE is expanded in the studio's zone (or the zone given away
 * from a studio), every occurrence up to 26 weeks ahead becomes an appointment with the series id and
 * its RECURRENCE-ID, in one unit of work. A clash in ANY occurrence refuses the whole series with
 * every clashing date, and nothing is written.
 * @throws BAD_USER_INPUT naming the field: malformed or unsupported rrule, more than 500 occurrences
 * in the whole rule, a firstStart that is not local "YYYY-MM-DDTHH:mm", not on the rule's days, in the
 * past or in a daylight-saving gap (for any occurrence), a timeZone at a studio that is not the
 * studio's, no active contract on a date; NOT_FOUND (class type, studio); FORBIDDEN; CONFLICT with
 * `extensions.clashes` (each with its `date`).
 */

/**
 * The occurrences written as rows now: those before the horizon of the first (`horizonFrom`), each on
 * a day the trainer's contract with the studio covers when the series is at a studio.
 * @throws BAD_USER_INPUT (studioId) naming the first day no contract covers (`assertContract`).
 */
function materialisable<T extends { start: Date }>(ctx: SchedulingContext, trainerId: string, terms: StudioTerms | null, occurrences: readonly T[]) {
  const materialisedUntil = horizonFrom(occurrences[0].start);
  const materialised = occurrences.filter((o) => o.start < materialisedUntil);
  if (terms)
    assertContract(
      ctx,
      trainerId,
      terms,
      materialised.map((o) => o.start),
    );
  return { materialised, materialisedUntil };
}

export async function scheduleSeries(ctx: SchedulingContext, input: ScheduleSeriesInput): Promise<SeriesType> {
  const trainerId = await managedTrainerId(ctx, input.trainerId);
  const locationType = input.locationType as LocationValue;
  const studioId = checkedPlace(locationType, input.studioId);
  const classTypeId = parseId(input.classTypeId, 'classTypeId');
  const rule = parseRule(input.rrule);
  const firstStart = parseLocalStart(input.firstStart);
  if (input.durationMinutes != null) checkedDuration(input.durationMinutes, 0);
  const details = checkedDetails(input.locationDetails);
  const rate = checkedRate(input.rate);
  // Away from a studio the zone is known now: expand before any SQL.
  const early = studioId ? null : expandRule(rule, firstStart, checkedZone(input.timeZone));
  let candidates: Candidate[] = [];
  const series = await writeCalendar(
    ctx,
    trainerId,
    async (tx) => {
      await tx.appointments.lockCalendar(trainerId);
      const classType = await classTypeFor(tx, trainerId, classTypeId);
      const minutes = checkedDuration(input.durationMinutes, classType.durationMinutes);
      const terms = studioId ? await studioTerms(tx, trainerId, studioId) : null;
      const timeZone = terms ? terms.studio.timeZone : input.timeZone!;
      if (terms && input.timeZone && input.timeZone !== timeZone) {
        throw badUserInput(`A series at ${terms.studio.name} runs in the studio’s zone (${timeZone}): leave timeZone out.`, 'timeZone');
      }
      const { occurrences } = early ?? expandRule(rule, firstStart, timeZone);
      assertFuture(occurrences[0].start, 'firstStart');
      const { materialised, materialisedUntil } = materialisable(ctx, trainerId, terms, occurrences);
      candidates = candidatesOf(materialised, minutes, { studioId, locationType }, timeZone);
      await assertFree(ctx, tx, trainerId, candidates, { series: true });
      const created = await tx.series.insert({
        trainerId,
        studioId,
        classTypeId,
        rrule: rule.text,
        timeZone,
        localStart: occurrences[0].local,
        durationMinutes: minutes,
        locationType,
        locationDetails: details,
        rate: rate ?? contractRate(terms, classType),
        materialisedUntil,
        splitFromId: null,
        status: 'active',
      });
      await tx.audit.record({ action: 'create', table: TABLE, recordId: created.id, newValues: auditValues(created) });
      const rows = await tx.appointments.insert(
        candidates.map((c) => ({
          trainerId,
          studioId,
          classTypeId,
          startTime: c.startTime,
          endTime: c.endTime,
          locationType,
          locationDetails: details,
          rate: created.rate,
          seriesId: created.id,
          recurrenceId: c.startTime,
        })),
      );
      for (const row of rows) await auditAppointment(tx, 'create', null, row);
      return created;
    },
    () => ({ candidates, series: true }),
  );
  ctx.log.info({ seriesId: series.id }, 'series scheduled');
  return SeriesType.from(series);
}

/** `HH:MM`, 00:00 to 23:59. @throws BAD_USER_INPUT (field localStartTime). */
function checkedTimeOfDay(value: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match || +match[1] > 23 || +match[2] > 59) throw badUserInput('localStartTime must be a time of day "HH:MM", e.g. "07:00".', 'localStartTime');
  return `${match[1]}:${match[2]}`;
}

/** The occurrence a "from here on" change starts at: an occurrence of a series, not started yet. */
async function pivotOf(ctx: SchedulingContext, appointmentId: string): Promise<AppointmentEntity & { seriesId: string; recurrenceId: Date }> {
  const pivot = await writableAppointment(ctx, appointmentId, 'appointmentId');
  if (!pivot.seriesId || !pivot.recurrenceId) {
    throw badUserInput('This session is not part of a series: change it with rescheduleAppointment or cancelAppointment.', 'appointmentId');
  }
  if (pivot.recurrenceId.getTime() <= Date.now() || pivot.startTime.getTime() <= Date.now()) {
    throw badUserInput('This occurrence has already started: change the series from a later one.', 'appointmentId');
  }
  return pivot as AppointmentEntity & { seriesId: string; recurrenceId: Date };
}

/** The series of a pivot, locked, still active. @throws NOT_FOUND; CONFLICT when it has ended or is cancelled. */
async function lockSeries(tx: SchedulingTx, seriesId: string): Promise<SeriesEntity> {
  const series = await tx.series.findForUpdate(seriesId);
  if (!series) throw notFound('Appointment series');
  if (series.status !== 'active') {
    throw conflict(
      series.status === 'cancelled'
        ? 'This series is cancelled; it cannot be changed.'
        : 'This series has ended (it was changed from an earlier occurrence on): change the series that continues it.',
    );
  }
  return series;
}

/**
 * "This and all following": changes a series from one occurrence on by splitting it. The old series
 * ends just before that occurrence (its RRULE gains an UNTIL; status ENDED); a new series, naming the
 * old one (`split_from_id`), starts on that occurrence's day with the new time, duration, place or
 * rule. Of the old series' occurrences from there on:
 * - those that never had a booking are replaced by the new series' occurrences (deleted, created anew);
 * - those with bookings are **moved** — same appointment, bookings kept, SEQUENCE bumped, the clients
 *   told (`appointment.rescheduled`) — onto the new occurrence of the same local day; when the new
 *   rule has no occurrence that day, the change is refused (CONFLICT listing those days) so that no
 *   booking is lost silently;
 * - cancelled ones stay cancelled: the new series has no session on their day.
 * Every new time is checked for clashes (CONFLICT listing every clashing date), nothing is written on
 * any refusal.
 * @throws BAD_USER_INPUT (not an occurrence, already started, localStartTime, durationMinutes, rrule,
 * place, contract); NOT_FOUND; FORBIDDEN; CONFLICT (series ended, clashes, booked days dropped).
 */
export async function updateSeriesFrom(ctx: SchedulingContext, appointmentId: string, input: UpdateSeriesInput): Promise<SeriesType> {
  const pivot = await pivotOf(ctx, appointmentId);
  const time = input.localStartTime == null ? null : checkedTimeOfDay(input.localStartTime);
  if (input.durationMinutes != null) checkedDuration(input.durationMinutes, 0);
  const newRule = input.rrule == null ? null : parseRule(input.rrule);
  const details = input.locationDetails === undefined ? undefined : checkedDetails(input.locationDetails);
  const inputStudio = input.studioId == null ? null : parseId(input.studioId, 'studioId');
  const trainerId = pivot.trainerId;
  let candidates: Candidate[] = [];
  let ignore = new Set<string>();
  const created = await writeCalendar(
    ctx,
    trainerId,
    async (tx) => {
      await tx.appointments.lockCalendar(trainerId);
      const old = await lockSeries(tx, pivot.seriesId);
      const following = await tx.appointments.occurrencesFrom(old.id, pivot.recurrenceId);
      const before = await tx.appointments.occurrencesBefore(old.id, pivot.recurrenceId);
      const locationType = (input.locationType ?? old.locationType) as LocationValue;
      const studioId = checkedPlace(locationType, inputStudio ?? (locationType === 'studio' && old.locationType === 'studio' ? old.studioId : null));
      const terms = studioId ? await studioTerms(tx, trainerId, studioId) : null;
      const timeZone = terms?.studio.timeZone ?? old.timeZone;
      const day = inZone(pivot.recurrenceId, old.timeZone).toISODate()!;
      const firstStart = parseLocalStart(`${day}T${time ?? old.localStart.slice(11, 16)}`, 'localStartTime');
      const rule = newRule ?? restOf(parseRule(old.rrule), before);
      const { occurrences } = expandRule(rule, firstStart, timeZone, { align: true, fields: { start: 'localStartTime', rule: 'rrule' } });
      assertFuture(occurrences[0].start, 'localStartTime');
      const minutes = checkedDuration(input.durationMinutes, old.durationMinutes);
      const { materialised, materialisedUntil } = materialisable(ctx, trainerId, terms, occurrences);

      // Which old occurrences go where: by their original local day.
      const dayOf = (a: AppointmentEntity) => inZone(a.recurrenceId!, old.timeZone).toISODate()!;
      const newByDay = new Map(materialised.map((o) => [o.local.slice(0, 10), o]));
      const booked = await tx.appointments.everBooked(following.map((a) => a.id));
      const scheduled = following.filter((a) => a.status === 'scheduled');
      const moving = scheduled.filter((a) => booked.has(a.id));
      const replaced = scheduled.filter((a) => !booked.has(a.id));
      const cancelledDays = new Set(following.filter((a) => a.status === 'cancelled').map(dayOf));
      const stranded = moving.filter((a) => !newByDay.has(dayOf(a)));
      if (stranded.length) {
        const days = stranded.map((a) => inZone(a.startTime, old.timeZone).toFormat('ccc d LLL yyyy')).join(', ');
        throw conflict(
          `These sessions have bookings and the new rule has no session on their day: ${days}. Keep those days in the rule, or cancel those sessions (or their bookings) first; nothing was changed.`,
        );
      }
      const place = { studioId, locationType };
      const targets = materialised.filter((o) => !cancelledDays.has(o.local.slice(0, 10)));
      candidates = candidatesOf(targets, minutes, place, timeZone);
      ignore = new Set(scheduled.map((a) => a.id));
      await assertFree(ctx, tx, trainerId, candidates, { series: true, ignore });

      // Writes: the old series ends, the new one starts; replaced occurrences go, booked ones move, the rest are created.
      const ended = await tx.series.update(old.id, {
        rrule: endBefore(parseRule(old.rrule), pivot.recurrenceId).text,
        status: 'ended',
        materialisedUntil: pivot.recurrenceId,
      });
      await tx.audit.record({ action: 'update', table: TABLE, recordId: old.id, oldValues: auditValues(old), newValues: auditValues(ended) });
      let rate = old.rate;
      if (studioId && studioId !== old.studioId) {
        const [classType] = await tx.classTypes.findByIds([old.classTypeId]);
        rate = contractRate(terms, classType) ?? old.rate;
      }
      const next = await tx.series.insert({
        trainerId,
        studioId,
        classTypeId: old.classTypeId,
        rrule: rule.text,
        timeZone,
        localStart: occurrences[0].local,
        durationMinutes: minutes,
        locationType,
        locationDetails: details === undefined ? old.locationDetails : details,
        rate,
        materialisedUntil,
        splitFromId: old.id,
        status: 'active',
      });
      await tx.audit.record({ action: 'create', table: TABLE, recordId: next.id, newValues: auditValues(next) });
      await tx.appointments.deleteUnbooked(replaced.map((a) => a.id));
      for (const a of replaced) await auditAppointment(tx, 'delete', a, null);
      const byStart = new Map(candidates.map((c) => [c.startTime.getTime(), c]));
      const movedDays = new Set<string>();
      for (const a of moving) {
        const target = newByDay.get(dayOf(a))!;
        const c = byStart.get(target.start.getTime())!;
        const row = await tx.appointments.update(a.id, {
          startTime: c.startTime,
          endTime: c.endTime,
          studioId,
          locationType,
          locationDetails: next.locationDetails,
          rate,
          seriesId: next.id,
          recurrenceId: target.start,
        });
        await auditAppointment(tx, 'update', a, row);
        await tellMoved(tx, a, row);
        movedDays.add(dayOf(a));
      }
      const fresh = candidates.filter((c) => !movedDays.has(inZone(c.startTime, timeZone).toISODate()!));
      const rows = await tx.appointments.insert(
        fresh.map((c) => ({
          trainerId,
          studioId,
          classTypeId: old.classTypeId,
          startTime: c.startTime,
          endTime: c.endTime,
          locationType,
          locationDetails: next.locationDetails,
          rate,
          seriesId: next.id,
          recurrenceId: c.startTime,
        })),
      );
      for (const row of rows) await auditAppointment(tx, 'create', null, row);
      return next;
    },
    () => ({ candidates, ignore, series: true }),
  );
  ctx.log.info({ seriesId: created.id, splitFromId: created.splitFromId }, 'series changed from an occurrence on');
  return SeriesType.from(created);
}

/**
 * Cancels an occurrence and every one after it: each scheduled occurrence from there on is cancelled
 * with the reason, its bookings too, and one `appointment.cancelled` outbox event per session names
 * the clients who were booked. The series ends just before that occurrence (status ENDED), or is
 * CANCELLED when that was its first.
 * @returns the series as it now stands.
 * @throws BAD_USER_INPUT (not an occurrence, already started, blank reason); NOT_FOUND; FORBIDDEN;
 * CONFLICT (series already ended or cancelled).
 */
export async function cancelSeriesFrom(ctx: SchedulingContext, appointmentId: string, reason: string): Promise<SeriesType> {
  const pivot = await pivotOf(ctx, appointmentId);
  const why = checkedReason(reason);
  const series = await ctx.data.run(async (tx) => {
    await tx.appointments.lockCalendar(pivot.trainerId);
    const old = await lockSeries(tx, pivot.seriesId);
    const following = await tx.appointments.occurrencesFrom(old.id, pivot.recurrenceId);
    const before = await tx.appointments.occurrencesBefore(old.id, pivot.recurrenceId);
    await cancelLocked(
      tx,
      following.filter((a) => a.status === 'scheduled'),
      why,
    );
    const ended = await tx.series.update(old.id, {
      rrule: endBefore(parseRule(old.rrule), pivot.recurrenceId).text,
      status: before === 0 ? 'cancelled' : 'ended',
      materialisedUntil: pivot.recurrenceId,
    });
    await tx.audit.record({
      action: 'update',
      table: TABLE,
      recordId: old.id,
      oldValues: auditValues(old),
      newValues: auditValues(ended),
      reason: 'cancelled from an occurrence on',
    });
    return ended;
  });
  ctx.loaders.appointmentById.clear(pivot.id);
  ctx.log.info({ seriesId: series.id }, 'series cancelled from an occurrence on');
  return SeriesType.from(series);
}

/**
 * One series the caller may read.
 * @throws BAD_USER_INPUT (malformed id); NOT_FOUND (unknown or outside the caller's scope).
 */
export async function getSeries(ctx: SchedulingContext, id: string): Promise<SeriesType> {
  const series = await ctx.loaders.seriesById.load(parseId(id));
  if (!series) throw notFound('Appointment series');
  return SeriesType.from(series);
}

/** The series an appointment is an occurrence of (null for a one-off, or one the caller may not read). */
export async function seriesOf(ctx: SchedulingContext, appointment: AppointmentType): Promise<SeriesType | null> {
  if (!appointment.seriesId) return null;
  const series = await ctx.loaders.seriesById.load(appointment.seriesId);
  return series && SeriesType.from(series);
}

/** The series a series was split from ("this and all following"). */
export async function splitFromOf(ctx: SchedulingContext, series: SeriesType): Promise<SeriesType | null> {
  if (!series.splitFromId) return null;
  const from = await ctx.loaders.seriesById.load(series.splitFromId);
  return from && SeriesType.from(from);
}

/**
 * A series' occurrences the caller may read, starting in `[from, to)` (UTC; either bound optional), by start.
 * @throws BAD_USER_INPUT when `to` is not after `from`.
 */
export async function occurrencesOf(ctx: SchedulingContext, series: SeriesType, args: OccurrencesArgs): Promise<AppointmentType[]> {
  if (args.from && args.to && args.to <= args.from) throw badUserInput('to must be after from.', 'to');
  const rows = await ctx.loaders.occurrencesOfSeries.load({ seriesId: series.id, from: args.from?.toISOString() ?? null, to: args.to?.toISOString() ?? null });
  return rows.map(AppointmentType.from);
}

/** The class type of a series (batched with every other class type of the request). */
export async function classTypeOfSeries(ctx: SchedulingContext, series: SeriesType): Promise<ClassTypeType> {
  const entity = await ctx.loaders.classTypeById.load(series.classTypeId);
  if (!entity) throw new Error('series without its class type');
  return ClassTypeType.from(entity);
}
