import { DateTime } from 'luxon';

/*
 * How the API names times and zones in the messages people read (docs/time-zones.md): a zone as
 * people name it ("Vancouver (PT)", never the IANA id), a session in its studio's own clock
 * ("Mon 7 Dec 06:00–07:00 Vancouver (PT)"). Zone arithmetic is luxon's.
 */

const CITY_NAMES: Record<string, string> = { St_Johns: "St. John's" };
const genericZoneFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A zone named as people name it: its city and generic abbreviation, "Toronto (ET)", "Vancouver (PT)";
 * the city alone when the zone has no common abbreviation. The web app's `zoneLabel` says the same.
 * @param timeZone IANA zone id.
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

/** The zone a message shows a session in: its studio's, else the one given (the series' or the trainer's), else UTC. */
const zoneOr = (timeZone: string | null | undefined) => timeZone ?? 'UTC';

/** `instant` in `timeZone` as luxon sees it, in English. */
export const inZone = (instant: Date, timeZone: string | null | undefined) => DateTime.fromJSDate(instant).setZone(zoneOr(timeZone)).setLocale('en-GB');

/**
 * A span as a person reads it in `timeZone`: "Mon 7 Dec 06:00–07:00 Vancouver (PT)"; the year is
 * added when `withYear` (messages about dates months ahead).
 */
export function spanWords(start: Date, end: Date, timeZone: string | null | undefined, withYear = false): string {
  const from = inZone(start, timeZone);
  const to = inZone(end, timeZone);
  const day = from.toFormat(withYear ? 'ccc d LLL yyyy' : 'ccc d LLL');
  const endDay = to.hasSame(from, 'day') ? '' : `${to.toFormat('ccc')} `;
  const label = timeZone ? zoneLabel(timeZone) : 'UTC';
  return `${day} ${from.toFormat('HH:mm')}–${endDay}${to.toFormat('HH:mm')} ${label}`;
}

/** A calendar day in `timeZone`, "7 Dec 2026". */
export const dayWords = (instant: Date, timeZone: string | null | undefined): string => inZone(instant, timeZone).toFormat('d LLL yyyy');
