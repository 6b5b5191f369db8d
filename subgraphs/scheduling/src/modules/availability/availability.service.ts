import { badUserInput, forbidden, notFound, parseId } from '@fitflow/kit';
import { DateTime } from 'luxon';
import type { SchedulingContext } from '../../context.js';
import { StudioRef } from '../../extends/Studio/studio.type.js';
import { managedTrainerId, managesTrainer } from '../../access/trainer-access.js';
import type { OpenSlotsArgs, TrainerAvailabilityArgs } from './availability.args.js';
import type { AvailabilityEntity } from './availability.entity.js';
import type { SetAvailabilityInput } from './availability.inputs.js';
import { contractActiveOn } from '../../extends/StudioContract/studio-contract.repository.js';
import { candidateSlots, dayOfWeekOf, freeSlots, hhmm, inForceOn, isoWeekdayOf } from './availability.slots.js';
import { AvailabilityWindowType, OpenSlotType } from './availability.type.js';
import { checkWindows, replacementPlan } from './availability.windows.js';

/*
 * A trainer's availability and the open slots it gives (docs/scheduling.md, "Availability and open
 * slots"). Windows are weekly, per studio, in the studio's wall-clock time, with effective dates;
 * open slots are start times where a class type fits inside them and clashes with nothing on the
 * trainer's one calendar, at any studio (`clashesWith`, travel buffer included).
 */

/** Longest `openSlots` search, in days. */
export const MAX_SLOT_SEARCH_DAYS = 31;

const TABLE = 'trainer_availability';

function toWindow(row: AvailabilityEntity, timeZone: string): AvailabilityWindowType {
  return Object.assign(new AvailabilityWindowType(), {
    id: row.id,
    studio: StudioRef.of(row.studioId!),
    weekday: isoWeekdayOf(row.dayOfWeek),
    startTime: hhmm(row.startTime),
    endTime: hhmm(row.endTime),
    effectiveFrom: row.effectiveFrom,
    effectiveUntil: row.effectiveUntil,
    timeZone,
  });
}

const byWeekday = (a: AvailabilityWindowType, b: AvailabilityWindowType) =>
  a.weekday - b.weekday || a.startTime.localeCompare(b.startTime) || a.studio.id.localeCompare(b.studio.id) || a.id.localeCompare(b.id);

/**
 * Replaces a trainer's weekly windows at a studio from `effectiveFrom` on (to `effectiveUntil` when
 * given): windows in force before end the day before, windows inside the period are removed, and
 * windows that outlast `effectiveUntil` resume the day after. One transaction, under the trainer's
 * calendar lock, with one audit row (`trainer_availability`, record id = the trainer's id: the set is
 * replaced as a whole; old and new values list the windows by id, weekday and times).
 * @returns the new windows, by weekday and start.
 * @throws BAD_USER_INPUT: window rules ({@link checkWindows}), `effectiveFrom` before today in the
 *   studio's zone, no contract with the studio in force then or later (`studioId`); NOT_FOUND: an
 *   unknown trainer or studio; FORBIDDEN: a trainer the caller does not manage.
 */
export async function setAvailability(ctx: SchedulingContext, input: SetAvailabilityInput): Promise<AvailabilityWindowType[]> {
  const studioId = parseId(input.studioId, 'studioId');
  const from = input.effectiveFrom;
  const until = input.effectiveUntil ?? null;
  checkWindows(input.windows, from, until);
  const trainerId = await managedTrainerId(ctx, input.trainerId);
  const windows = input.windows.map((w) => ({
    dayOfWeek: dayOfWeekOf(w.weekday),
    startTime: w.startTime,
    endTime: w.endTime,
    effectiveFrom: from,
    effectiveUntil: until,
  }));
  const { created, timeZone } = await ctx.data.run(async (tx) => {
    const facts = await tx.availability.studioFacts(trainerId, studioId);
    if (!facts.timeZone) throw notFound('Studio');
    const today = DateTime.fromJSDate(facts.now, { zone: facts.timeZone }).toISODate()!;
    if (from < today) {
      throw badUserInput(
        `effectiveFrom (${from}) is in the past at this studio: availability already lived is kept as it was; start on ${today} or later.`,
        'effectiveFrom',
      );
    }
    if (!facts.contracts.some((c) => c.status === 'active' && (c.endDate === null || c.endDate >= from) && (until === null || c.startDate <= until))) {
      throw badUserInput(
        'The trainer has no contract with this studio for those dates: availability can only be set where they work (ask the studio for a contract first).',
        'studioId',
      );
    }
    await tx.appointments.lockCalendar(trainerId);
    const stored = await tx.availability.overlapping(trainerId, studioId, from, until);
    const plan = replacementPlan(stored, from, until);
    const rows = await tx.availability.replace(trainerId, studioId, plan, windows);
    await tx.audit.record({
      action: 'update',
      table: TABLE,
      recordId: trainerId,
      oldValues: {
        studioId,
        endedTheDayBefore: plan.end.map((w) => w.id),
        resumedTheDayAfter: plan.start.map((w) => w.id),
        splitAtTheEnd: plan.copy.map((w) => w.copyOf),
        removed: plan.remove,
      },
      newValues: {
        studioId,
        effectiveFrom: from,
        effectiveUntil: until,
        windows: rows.map((r) => ({ id: r.id, weekday: isoWeekdayOf(r.dayOfWeek), startTime: hhmm(r.startTime), endTime: hhmm(r.endTime) })),
      },
    });
    return { created: rows, timeZone: facts.timeZone };
  });
  ctx.loaders.availabilityOfTrainer.clear(trainerId);
  ctx.log.info({ trainerId, studioId, windows: created.length }, 'availability set');
  return created.map((row) => toWindow(row, timeZone)).sort(byWeekday);
}

/**
 * `Trainer.availability`: the windows in force on day `on` (default: today in each window's studio
 * zone, by the server's clock), at one studio or all, as far as the caller may see them (their own
 * and their team's; a studio admin those at their studios). Batched per request.
 * @throws BAD_USER_INPUT for a malformed `studioId`.
 */
export async function availabilityOfTrainer(ctx: SchedulingContext, trainerId: string, args: TrainerAvailabilityArgs): Promise<AvailabilityWindowType[]> {
  const studioId = args.studioId == null ? null : parseId(args.studioId, 'studioId');
  const rows = (await ctx.loaders.availabilityOfTrainer.load(trainerId.toLowerCase())).filter((r) => studioId === null || r.studioId === studioId);
  const windows = await Promise.all(
    rows.map(async (row) => {
      const zone = await ctx.loaders.timeZoneOfStudio.load(row.studioId!);
      if (!zone) return null;
      const day = args.on ?? DateTime.now().setZone(zone).toISODate()!;
      return inForceOn(row, day) ? toWindow(row, zone) : null;
    }),
  );
  return windows.filter((w): w is AvailabilityWindowType => w !== null).sort(byWeekday);
}

/**
 * Open slots (see docs/scheduling.md): start times in `[from, to)` and in the future where a session
 * of the class type fits inside the trainer's windows at the studio — expanded day by day in the
 * studio's zone, every 15 minutes from each window's start — on days their contract with the studio
 * is in force, and clashes with nothing on their calendar at any studio (`clashesWith`: overlap, or
 * less than the travel buffer between sessions at different places).
 *
 * Who may ask: those who manage the trainer (the trainer, their Trainer Admin, a super admin) and the
 * trainer's own active clients (`clients.client_directory`), to pick a time.
 * @throws BAD_USER_INPUT: `to` not after `from`, a search longer than 31 days, a class type of
 *   another trainer or archived; NOT_FOUND: unknown trainer, class type or studio; FORBIDDEN: anyone
 *   else (another trainer's client, a studio admin).
 */
export async function openSlots(ctx: SchedulingContext, args: OpenSlotsArgs): Promise<OpenSlotType[]> {
  const trainerId = parseId(args.trainerId, 'trainerId');
  const classTypeId = parseId(args.classTypeId, 'classTypeId');
  const studioId = parseId(args.studioId, 'studioId');
  if (args.to <= args.from) throw badUserInput('to must be after from: widen the search.', 'to');
  if (args.to.getTime() - args.from.getTime() > MAX_SLOT_SEARCH_DAYS * 86_400_000) {
    throw badUserInput(`Search at most ${MAX_SLOT_SEARCH_DAYS} days at a time: bring to closer to from, and ask again for the following weeks.`, 'to');
  }
  const manages = await managesTrainer(ctx, trainerId);
  const found = await ctx.data.run(async (tx) => {
    const facts = await tx.availability.studioFacts(trainerId, studioId);
    if (!facts.trainerKnown) throw notFound('Trainer');
    if (!manages && !(await tx.availability.isClientOf(trainerId, ctx.scope.clientIds))) {
      throw forbidden('Open slots are for the trainer, their Trainer Admin and their own clients.');
    }
    const [classType] = await tx.classTypes.findByIds([classTypeId]);
    if (!classType) throw notFound('ClassType');
    if (!facts.timeZone) throw notFound('Studio');
    if (classType.trainerId !== trainerId) throw badUserInput('This class type is another trainer’s: pick one of this trainer’s class types.', 'classTypeId');
    if (classType.status !== 'active')
      throw badUserInput('This class type is archived: no new sessions of it can be booked. Pick an active one.', 'classTypeId');
    const zone = facts.timeZone;
    const search = { zone, from: args.from, to: args.to, durationMinutes: classType.durationMinutes, now: facts.now };
    const firstDay = DateTime.fromJSDate(args.from, { zone }).toISODate()!;
    const lastDay = DateTime.fromJSDate(args.to, { zone }).toISODate()!;
    const windows = await tx.availability.windowsBetween(trainerId, studioId, firstDay, lastDay);
    const candidates = candidateSlots(windows, { ...search, workableDay: (day) => facts.contracts.some((c) => contractActiveOn(c, day)) });
    if (!candidates.length) return { zone, slots: [] };
    const buffer = await tx.trainerSettings.travelBuffer(trainerId);
    const margin = buffer * 60_000;
    const busy = await tx.appointments.occupied(
      trainerId,
      new Date(candidates[0].startTime.getTime() - margin),
      new Date(candidates.at(-1)!.endTime.getTime() + margin),
    );
    return { zone, slots: freeSlots(candidates, studioId, busy, buffer) };
  });
  return found.slots.map((slot) => Object.assign(new OpenSlotType(), { ...slot, timeZone: found.zone }));
}
