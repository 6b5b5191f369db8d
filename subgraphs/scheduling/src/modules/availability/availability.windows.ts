import { badUserInput } from '@fitflow/kit';
import { DateTime } from 'luxon';
import { minutesOf, type WeeklyWindow } from './availability.slots.js';

/*
 * Setting availability (docs/scheduling.md, "Availability and open slots"): the rules a new set of
 * weekly windows must follow, and how it replaces the windows already in force. Pure functions.
 */

/** Most windows one `setAvailability` may hold (about seven a day). */
export const MAX_WINDOWS = 50;

/** One window as the caller gives it: ISO weekday (1 = Monday … 7 = Sunday), "HH:MM" local times. */
export interface WindowInput {
  weekday: number;
  startTime: string;
  endTime: string;
}

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Checks a new set of windows (formats are already checked by the input type).
 * @throws BAD_USER_INPUT naming the field: a window that does not end after it starts
 *   (`windows[i].endTime`), two windows of one weekday that overlap (`windows[j]`), an end date before
 *   the start date (`effectiveUntil`).
 */
export function checkWindows(windows: readonly WindowInput[], effectiveFrom: string, effectiveUntil: string | null): void {
  if (effectiveUntil !== null && effectiveUntil < effectiveFrom) {
    throw badUserInput(
      `effectiveUntil (${effectiveUntil}) is before effectiveFrom (${effectiveFrom}): move it to ${effectiveFrom} or later, or leave it out.`,
      'effectiveUntil',
    );
  }
  windows.forEach((w, i) => {
    if (minutesOf(w.endTime) <= minutesOf(w.startTime)) {
      throw badUserInput(
        `The ${WEEKDAYS[w.weekday]} window ends (${w.endTime}) before it starts (${w.startTime}): the end must be after the start on the same day.`,
        `windows[${i}].endTime`,
      );
    }
  });
  const sorted = windows.map((w, i) => ({ ...w, i })).sort((a, b) => a.weekday - b.weekday || minutesOf(a.startTime) - minutesOf(b.startTime));
  for (let k = 1; k < sorted.length; k++) {
    const [a, b] = [sorted[k - 1], sorted[k]];
    if (a.weekday === b.weekday && minutesOf(b.startTime) < minutesOf(a.endTime)) {
      throw badUserInput(
        `Two ${WEEKDAYS[a.weekday]} windows overlap (${a.startTime}–${a.endTime} and ${b.startTime}–${b.endTime}): merge them into one, or make one end before the other starts.`,
        `windows[${Math.max(a.i, b.i)}]`,
      );
    }
  }
}

/** A stored window with its id, as the replacement sees it. */
export type StoredWindow = WeeklyWindow & { id: string };

/** What replacing `[from, until]` does to the stored windows of one trainer at one studio. */
export interface ReplacementPlan {
  /** Windows that now end the day before `from` (they started earlier). */
  end: { id: string; effectiveUntil: string }[];
  /** Windows that now start the day after `until` (they started inside the period and outlast it). */
  start: { id: string; effectiveFrom: string }[];
  /** Copies of windows that spanned the whole period: their part after `until`. */
  copy: (WeeklyWindow & { copyOf: string })[];
  /** Windows wholly inside the period: gone. */
  remove: string[];
}

const dayBefore = (day: string) => DateTime.fromISO(day, { zone: 'UTC' }).minus({ days: 1 }).toISODate()!;
const dayAfter = (day: string) => DateTime.fromISO(day, { zone: 'UTC' }).plus({ days: 1 }).toISODate()!;

/**
 * How a new set of windows for `[from, until]` (until null: open-ended) replaces the stored ones it
 * overlaps: what lay before `from` is kept (ending the day before), what lay after `until` is kept
 * (starting the day after), what lay inside is removed. With no `until`, every window starting on or
 * after `from` is removed and the ones in force before end the day before.
 * @param stored windows of the same trainer and studio that overlap the period.
 */
export function replacementPlan(stored: readonly StoredWindow[], from: string, until: string | null): ReplacementPlan {
  const plan: ReplacementPlan = { end: [], start: [], copy: [], remove: [] };
  for (const w of stored) {
    const before = w.effectiveFrom < from;
    const after = until !== null && (w.effectiveUntil === null || w.effectiveUntil > until);
    if (before) plan.end.push({ id: w.id, effectiveUntil: dayBefore(from) });
    if (before && after) plan.copy.push({ ...pickWindow(w), effectiveFrom: dayAfter(until!), copyOf: w.id });
    else if (after) plan.start.push({ id: w.id, effectiveFrom: dayAfter(until!) });
    else if (!before) plan.remove.push(w.id);
  }
  return plan;
}

const pickWindow = (w: WeeklyWindow): WeeklyWindow => ({
  dayOfWeek: w.dayOfWeek,
  startTime: w.startTime,
  endTime: w.endTime,
  effectiveFrom: w.effectiveFrom,
  effectiveUntil: w.effectiveUntil,
});
