/**
 * Dates and times. The API speaks UTC ISO strings; each screen shows them in the zone that
 * docs/time-zones.md gives it (a trainer's screens in the trainer's home zone, a studio's in the
 * studio's), and names zones with {@link zoneLabel}, never by IANA id.
 * Calendar days are handled as `YYYY-MM-DD` strings (compare lexically, shift with {@link addDays}).
 */

const dayFormatters = new Map<string, Intl.DateTimeFormat>();
/** The calendar day (`YYYY-MM-DD`) of `instant` in `timeZone`. */
export function localDay(instant: string | Date, timeZone: string): string {
  let format = dayFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, format);
  }
  return format.format(new Date(instant));
}

/** The browser's own time zone. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Today's calendar day (`YYYY-MM-DD`) in `timeZone` — the zone of the screen (docs/time-zones.md),
 * so that "today" is one day on every screen of a person, whatever the browser's zone.
 */
export const todayIn = (timeZone: string, now: Date = new Date()) => localDay(now, timeZone);

/** `day` shifted by `days` calendar days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Monday of the week that contains `day`. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** The seven days of the week starting `monday`. */
export const weekDays = (monday: string) => Array.from({ length: 7 }, (_, i) => addDays(monday, i));

/**
 * A UTC range that surely covers the local days `[first, last]` in every zone (±14 h), to ask the API
 * for; filter what comes back with {@link localDay}.
 */
export function coveringRange(first: string, last: string): { from: string; to: string } {
  return { from: `${addDays(first, -1)}T00:00:00.000Z`, to: `${addDays(last, 2)}T00:00:00.000Z` };
}

/** "09:00" in the zone. */
export const formatTime = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));

/** "Tue, Mar 3, 09:00 EST" in the zone. */
export const formatDateTime = (instant: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(new Date(instant));

/** "Mon, Mar 2" for a calendar day (no zone involved). */
export const formatDay = (day: string, options: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric' }) =>
  new Intl.DateTimeFormat('en-CA', { ...options, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** "Mar 2026" for a `YYYY-MM` month; "Mar" with `length` 'short' (a chart axis, where the year is said elsewhere). */
export const formatMonth = (month: string, length: 'full' | 'short' = 'full') =>
  new Intl.DateTimeFormat('en-CA', { month: 'short', year: length === 'full' ? 'numeric' : undefined, timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** The last `count` months (`YYYY-MM`), oldest first, ending with the month of `day`. */
export function lastMonths(day: string, count: number): string[] {
  const [year, month] = day.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return date.toISOString().slice(0, 7);
  });
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/**
 * An appointment's own zone: its studio's, or — for online and at-the-client sessions, which have no
 * studio — `fallback` (the zone of the screen; the browser's when not given).
 */
export const zoneOf = (appointment: { timeZone: string | null }, fallback: string = browserTimeZone()) => appointment.timeZone ?? fallback;

/** A session's times as a screen in `homeZone` shows them (see {@link sessionTimes}). */
export interface SessionTimes {
  /** "09:00–10:00" in the home zone; "09:00–10:00 Toronto (ET)" when {@link SessionTimes.local} is set. */
  home: string;
  /**
   * The same session in the place's own zone when its clock differs from the home zone's:
   * "06:00–07:00 Vancouver (PT)", with the weekday first when the local day differs too
   * ("Mon 21:30–22:30 Vancouver (PT)"); null when both clocks agree (or the session has no place zone).
   */
  local: string | null;
}

const range = (start: string, end: string | null, timeZone: string) =>
  end ? `${formatTime(start, timeZone)}–${formatTime(end, timeZone)}` : formatTime(start, timeZone);

/**
 * The start (and end) of a session, in UTC ISO strings, as read by someone in `homeZone` (IANA id), with
 * the local time of the place (`placeZone`, the studio's IANA zone or null) beside it when the two
 * clocks differ: "09:00–10:00 Toronto (ET)" · "06:00–07:00 Vancouver (PT)". Zones whose clocks agree
 * at that instant (Toronto and Montreal) count as the same.
 */
export function sessionTimes(start: string, end: string | null, homeZone: string, placeZone: string | null): SessionTimes {
  const home = range(start, end, homeZone);
  if (!placeZone) return { home, local: null };
  const local = range(start, end, placeZone);
  const sameDay = localDay(start, placeZone) === localDay(start, homeZone);
  if (local === home && sameDay) return { home, local: null };
  const weekday = sameDay ? '' : `${new Intl.DateTimeFormat('en-CA', { timeZone: placeZone, weekday: 'short' }).format(new Date(start))} `;
  return { home: `${home} ${zoneLabel(homeZone)}`, local: `${weekday}${local} ${zoneLabel(placeZone)}` };
}

/** A class type's calendar colour, or a neutral grey when it has none. */
export const classColor = (color: string | null) => color ?? '#8b95a7';

const CITY_NAMES: Record<string, string> = { St_Johns: "St. John's" };
const genericZoneFormatters = new Map<string, Intl.DateTimeFormat>();
/**
 * A time zone named as people name it: its city and generic abbreviation, "Toronto (ET)",
 * "Vancouver (PT)", "Regina (CST)" — never the IANA id. A zone with no common abbreviation in en-CA
 * gets its city alone ("London").
 */
export function zoneLabel(timeZone: string): string {
  const tail = timeZone.split('/').at(-1) ?? timeZone;
  const city = CITY_NAMES[tail] ?? tail.replaceAll('_', ' ');
  let format = genericZoneFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, timeZoneName: 'shortGeneric' });
    genericZoneFormatters.set(timeZone, format);
  }
  const generic = format.formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value ?? '';
  return /^[A-Z]{1,5}$/.test(generic) ? `${city} (${generic})` : city;
}
