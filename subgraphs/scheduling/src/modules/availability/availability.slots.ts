import { DateTime } from 'luxon';
import { clashesWith, type Occupied } from '../appointment/appointment.clash.js';

/*
 * A trainer's weekly availability and the open slots it gives (docs/scheduling.md, "Availability and
 * open slots"). Windows are wall-clock times in the studio's IANA zone, so a 07:00–12:00 window is
 * 07:00–12:00 local on both sides of a daylight-saving change; every conversion between wall-clock
 * time and instants is luxon's. Pure functions: no database, no clock (`now` is given).
 */

/** Minutes between two candidate start times, from each window's start. */
export const SLOT_GRID_MINUTES = 15;

/** "HH:MM", 00:00 to 23:59. */
export const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** "HH:MM", 00:00 to 24:00 (the end of the day). */
export const LOCAL_END_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** One weekly window as stored: `day_of_week` 0 = Sunday … 6 = Saturday, times "HH:MM[:SS]", local dates. */
export interface WeeklyWindow {
  dayOfWeek: number;
  startTime: string;
  endTime: string;
  /** First local day it is in force, `YYYY-MM-DD`. */
  effectiveFrom: string;
  /** Last local day it is in force (inclusive); null: open-ended. */
  effectiveUntil: string | null;
}

/** ISO weekday (1 = Monday … 7 = Sunday) → the table's `day_of_week` (0 = Sunday … 6 = Saturday). */
export const dayOfWeekOf = (isoWeekday: number): number => isoWeekday % 7;
/** The table's `day_of_week` → ISO weekday. */
export const isoWeekdayOf = (dayOfWeek: number): number => (dayOfWeek === 0 ? 7 : dayOfWeek);

/** Minutes since midnight of "HH:MM" or "HH:MM:SS" ("24:00" is 1440). */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** "HH:MM" of a stored `time` ("07:00:00" → "07:00"; PostgreSQL keeps "24:00:00"). */
export const hhmm = (time: string): string => time.slice(0, 5);

/** Whether a window is in force on local day `day` (`YYYY-MM-DD`; ISO dates compare as strings). */
export const inForceOn = (w: Pick<WeeklyWindow, 'effectiveFrom' | 'effectiveUntil'>, day: string): boolean =>
  w.effectiveFrom <= day && (w.effectiveUntil === null || day <= w.effectiveUntil);

/** One candidate: a start and end instant and the start as wall-clock time in the studio's zone. */
export interface CandidateSlot {
  startTime: Date;
  endTime: Date;
  /** "2026-12-07T07:00": local start in the studio's zone. */
  localStart: string;
}

export interface SlotSearch {
  /** The studio's IANA zone, e.g. "America/Toronto". */
  zone: string;
  /** Start times from here (inclusive, UTC instant). */
  from: Date;
  /** Start times before here (exclusive). */
  to: Date;
  /** Length of the class type, minutes (real minutes: a session across a clock change lasts as long). */
  durationMinutes: number;
  /** Only start times after this instant (the database clock). */
  now: Date;
  /** Whether the trainer may work at the studio that local day (their contract is in force); all days by default. */
  workableDay?: (day: string) => boolean;
}

/**
 * Every start time that fits the windows: day by day in the studio's zone, the windows in force that
 * day (touching windows merged into one), start times every {@link SLOT_GRID_MINUTES} wall-clock
 * minutes from the window's start, each kept when the session ends (start + duration, real minutes)
 * no later than the window's end instant. A wall-clock time that does not exist (the hour skipped in
 * spring) gives no slot; one that exists twice (the hour repeated in autumn) gives one, at luxon's
 * choice of offset (the earlier instant). Only starts in `[max(from, now), to)`.
 * @returns slots by start time, UTC instants.
 */
export function candidateSlots(windows: readonly WeeklyWindow[], search: SlotSearch): CandidateSlot[] {
  const earliest = Math.max(search.from.getTime(), search.now.getTime() + 1);
  const latest = search.to.getTime();
  if (earliest >= latest) return [];
  const slots: CandidateSlot[] = [];
  const lastDay = DateTime.fromMillis(latest, { zone: search.zone }).startOf('day');
  for (let day = DateTime.fromMillis(earliest, { zone: search.zone }).startOf('day'); day <= lastDay; day = day.plus({ days: 1 }).startOf('day')) {
    const date = day.toISODate()!;
    if (search.workableDay && !search.workableDay(date)) continue;
    const dayOfWeek = dayOfWeekOf(day.weekday);
    const spans = mergedSpans(windows.filter((w) => w.dayOfWeek === dayOfWeek && inForceOn(w, date)));
    for (const [startMinute, endMinute] of spans) {
      for (const slot of spanSlots(day, date, startMinute, endMinute, search.zone, search.durationMinutes)) {
        const start = slot.startTime.getTime();
        if (start >= earliest && start < latest) slots.push(slot);
      }
    }
  }
  return slots;
}

/**
 * The slots of one span of local day `day` (`date` is its `YYYY-MM-DD`), by start. luxon places the
 * span's start and end in the zone; when both have the same UTC offset (no clock change inside the
 * span: every day but two a year) the start times are the span's start instant plus whole grid steps
 * — the instants luxon would give one by one, without asking it 100 times. Otherwise luxon places
 * each start time itself.
 */
function spanSlots(day: DateTime, date: string, startMinute: number, endMinute: number, zone: string, durationMinutes: number): CandidateSlot[] {
  const windowEnd = localInstant(day, endMinute, zone, true)!.toMillis();
  const spanStart = localInstant(day, startMinute, zone);
  const steady = spanStart !== null && spanStart.offset === DateTime.fromMillis(windowEnd, { zone }).offset;
  const duration = durationMinutes * 60_000;
  const slots: CandidateSlot[] = [];
  for (let minute = startMinute; minute < endMinute; minute += SLOT_GRID_MINUTES) {
    const start = steady ? spanStart.toMillis() + (minute - startMinute) * 60_000 : localInstant(day, minute, zone)?.toMillis();
    if (start === undefined) continue;
    if (start + duration > windowEnd) break;
    slots.push({ startTime: new Date(start), endTime: new Date(start + duration), localStart: `${date}T${clock(minute)}` });
  }
  return slots;
}

/** "HH:MM" of a minute of the day (0–1439). */
const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** Windows of one day as `[start, end]` minute spans, sorted, overlapping or touching ones merged. */
function mergedSpans(windows: readonly WeeklyWindow[]): [number, number][] {
  const spans = windows.map((w) => [minutesOf(w.startTime), minutesOf(w.endTime)] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged;
}

/**
 * The instant of wall-clock `minute` (0–1440) of local `day` in `zone`; 1440 is the next day's
 * midnight. A wall-clock time that does not exist there (skipped by a spring-forward change) is null,
 * or with `shifted` the instant luxon moves it to (forward by the gap: a window "until 02:30" on that
 * night ends at 03:30).
 */
function localInstant(day: DateTime, minute: number, zone: string, shifted = false): DateTime | null {
  const base = minute >= 1440 ? day.plus({ days: 1 }) : day;
  const m = minute % 1440;
  const hour = Math.floor(m / 60);
  const local = DateTime.fromObject({ year: base.year, month: base.month, day: base.day, hour, minute: m % 60 }, { zone });
  if (!local.isValid) return null;
  return shifted || (local.hour === hour && local.minute === m % 60) ? local : null;
}

/**
 * The slots at the studio that clash with nothing busy (`clashesWith`, the shared rule). `busy` is
 * sorted by start, as `occupied` returns it; each slot is checked against only the sessions that could
 * touch it, found by binary search: those starting before the slot's end plus the buffer, from the
 * first whose end (or any earlier one's: a running maximum) reaches past the slot's start minus the
 * buffer.
 */
export function freeSlots<S extends { startTime: Date; endTime: Date }>(
  slots: readonly S[],
  studioId: string,
  busy: readonly Occupied[],
  bufferMinutes: number,
): S[] {
  const margin = bufferMinutes * 60_000;
  const starts = busy.map((b) => b.startTime.getTime());
  const reach: number[] = [];
  busy.forEach((b, i) => reach.push(Math.max(b.endTime.getTime(), i ? reach[i - 1] : -Infinity)));
  /** First index whose value in `sorted` is `>= value` (or `> value` when `strict`). */
  const firstFrom = (sorted: number[], value: number, strict: boolean) => {
    let [lo, hi] = [0, sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? sorted[mid] > value : sorted[mid] >= value) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return slots.filter((slot) => {
    const near = busy.slice(firstFrom(reach, slot.startTime.getTime() - margin, true), firstFrom(starts, slot.endTime.getTime() + margin, false));
    return clashesWith({ ...slot, studioId, locationType: 'studio' }, near, bufferMinutes).length === 0;
  });
}
