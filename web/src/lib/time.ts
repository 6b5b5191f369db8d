/**
 * Dates and times. The API speaks UTC ISO strings; people read them in the studio's IANA time zone.
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
  new Intl.DateTimeFormat('en-CA', { timeZone, weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }).format(new Date(instant));

/** "Mon, Mar 2" for a calendar day (no zone involved). */
export const formatDay = (day: string, options: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric' }) =>
  new Intl.DateTimeFormat('en-CA', { ...options, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** "Mar 2026" for a `YYYY-MM` month. */
export const formatMonth = (month: string) =>
  new Intl.DateTimeFormat('en-CA', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

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

/** An appointment's zone: its studio's, or the browser's for online / at-home sessions (no studio). */
export const zoneOf = (appointment: { timeZone: string | null }) => appointment.timeZone ?? browserTimeZone();

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
