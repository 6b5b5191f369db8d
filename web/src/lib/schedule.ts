/**
 * Scheduling forms: local wall-clock times in a named zone turned into UTC instants (luxon, never by
 * hand), weekly RRULEs (RFC 5545) built from a form and previewed with `rrule`, and the rules a
 * booking screen shows before the API is asked (late cancellation). See docs/time-zones.md.
 */
import { DateTime } from 'luxon';
import { RRule, type Weekday } from 'rrule';
import { zoneLabel } from './time';

/** ISO weekday (1 = Monday … 7 = Sunday) → RFC 5545 BYDAY code. */
export const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
/** ISO weekday (1 = Monday … 7 = Sunday) → name, for labels. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** The ISO weekday (1 = Monday … 7 = Sunday) of a calendar day `YYYY-MM-DD`. */
export const isoWeekday = (day: string) => DateTime.fromISO(day, { zone: 'utc' }).weekday;

/** The result of reading a local date and time in a zone. */
export type LocalInstant = { ok: true; utc: string } | { ok: false; problem: string };

/**
 * The UTC instant (ISO string with `Z`) of the wall-clock `day` (`YYYY-MM-DD`) and `time` (`HH:MM`) in
 * `zone` (IANA id). A time that does not exist there (the hour skipped when clocks spring forward) is
 * a problem to show, never silently moved; an ambiguous time (the hour repeated in the fall) is the
 * first of the two, as luxon reads it.
 */
export function localToUtc(day: string, time: string, zone: string): LocalInstant {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return { ok: false, problem: 'Choose a date.' };
  if (!/^\d{2}:\d{2}$/.test(time)) return { ok: false, problem: 'Choose a start time.' };
  const local = DateTime.fromISO(`${day}T${time}`, { zone });
  if (!local.isValid) return { ok: false, problem: 'Choose a valid date and time.' };
  if (local.toFormat('yyyy-MM-dd HH:mm') !== `${day} ${time}`) {
    return {
      ok: false,
      problem: `${time} does not exist on ${local.toFormat('MMMM d')} in ${zoneLabel(zone)}: the clocks jump forward that night. Choose another time.`,
    };
  }
  return { ok: true, utc: local.toUTC().toISO({ suppressMilliseconds: true })! };
}

/** How a weekly series ends: on a day (inclusive, the studio's calendar day) or after a number of sessions. */
export type SeriesEnd = { until: string } | { count: number };

/** What the "New weekly class" form asks. */
export interface WeeklyRule {
  /** ISO weekdays, 1 = Monday … 7 = Sunday (at least one). */
  weekdays: number[];
  /** Every `interval` weeks (1 = every week). */
  interval: number;
  end: SeriesEnd;
}

/**
 * The RFC 5545 RRULE (without `RRULE:`) of a weekly rule, as `scheduleSeries` takes it:
 * `FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270630` or `…;COUNT=12`. Weekdays are written Monday first.
 */
export function weeklyRrule(rule: WeeklyRule): string {
  const days = [...new Set(rule.weekdays)].sort((a, b) => a - b).map((d) => BYDAY[d - 1]);
  const end = 'until' in rule.end ? `UNTIL=${rule.end.until.replaceAll('-', '')}` : `COUNT=${rule.end.count}`;
  return `FREQ=WEEKLY;INTERVAL=${rule.interval};BYDAY=${days.join(',')};${end}`;
}

/** One occurrence of a previewed series. */
export interface PreviewOccurrence {
  /** Calendar day in the series' zone, `YYYY-MM-DD`. */
  day: string;
  /** Local start in the series' zone, `HH:MM` (the same for every occurrence). */
  localTime: string;
  /** The instant, UTC ISO. */
  utc: string;
  /** The zone's abbreviation at that instant ("EST", "EDT"): it changes across daylight saving. */
  offsetName: string;
  /** Whether the zone's offset differs from the previous occurrence's (a daylight-saving change between them). */
  afterClockChange: boolean;
}

/** At most this many occurrences are previewed or counted (the API refuses a rule past 500). */
export const MAX_OCCURRENCES = 500;

const RRULE_DAYS: Weekday[] = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

/**
 * The occurrences of a weekly series starting `firstDay` at `time` (wall clock in `zone`), expanded with
 * `rrule` on floating times (the wall clock), then placed in `zone` by luxon — as the API expands it, so
 * a 07:00 class is at 07:00 local on both sides of a daylight-saving change. At most
 * {@link MAX_OCCURRENCES} + 1 (to tell "too many").
 */
export function previewWeekly(firstDay: string, time: string, zone: string, rule: WeeklyRule): PreviewOccurrence[] {
  const [y, m, d] = firstDay.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const until = 'until' in rule.end ? rule.end.until.split('-').map(Number) : null;
  const rrule = new RRule({
    freq: RRule.WEEKLY,
    interval: rule.interval,
    byweekday: [...new Set(rule.weekdays)].map((w) => RRULE_DAYS[w - 1]),
    dtstart: new Date(Date.UTC(y, m - 1, d, hh, mm)),
    ...(until ? { until: new Date(Date.UTC(until[0], until[1] - 1, until[2], 23, 59, 59)) } : { count: 'count' in rule.end ? rule.end.count : 1 }),
  });
  const out: PreviewOccurrence[] = [];
  let previousOffset: number | null = null;
  for (const wall of rrule.all((_, i) => i <= MAX_OCCURRENCES)) {
    const day = wall.toISOString().slice(0, 10);
    const local = DateTime.fromISO(`${day}T${time}`, { zone });
    out.push({
      day,
      localTime: local.toFormat('HH:mm'),
      utc: local.toUTC().toISO({ suppressMilliseconds: true })!,
      offsetName: local.offsetNameShort ?? '',
      afterClockChange: previousOffset !== null && previousOffset !== local.offset,
    });
    previousOffset = local.offset;
  }
  return out;
}

/**
 * Whether cancelling now is a late cancellation: inside the class type's window (minutes before the
 * start; the API's default is 12 h) — the API records it, and the trainer may charge for it.
 */
export function isLateCancellation(startTime: string, windowMinutes: number, now: Date = new Date()): boolean {
  const start = Date.parse(startTime);
  return now.getTime() < start && start - now.getTime() < windowMinutes * 60_000;
}

/** "12 hours", "90 minutes", "1 day": a cancellation window for people. */
export function formatWindow(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440} day${minutes === 1440 ? '' : 's'}`;
  if (minutes % 60 === 0) return `${minutes / 60} hour${minutes === 60 ? '' : 's'}`;
  return `${minutes} minutes`;
}
