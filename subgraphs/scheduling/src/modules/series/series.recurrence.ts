import { badUserInput } from '@fitflow/kit';
import { DateTime } from 'luxon';
import * as rrulePackage from 'rrule';
import type { Options } from 'rrule';
import { zoneLabel } from '../appointment/appointment.wording.js';

/*
 * Recurring series (docs/scheduling.md, "Recurring series"): an RFC 5545 RRULE expanded in an IANA zone
 * so that a 07:00 class stays at 07:00 local time across daylight-saving changes.
 *
 * How: the rule is expanded by the `rrule` library in *floating* time (wall-clock times with no zone,
 * which rrule carries as `Date`s whose UTC fields are the local fields — its documented way of
 * working without time zones), then luxon places each wall-clock time in the zone. A wall-clock time
 * that does not exist there (the hour skipped when clocks spring forward) is refused; one that exists
 * twice (the hour repeated in the autumn) is the later one, standard time (luxon's choice).
 */

/** A series has at most this many occurrences in total (the whole rule, not only the materialised ones). */
export const MAX_OCCURRENCES = 500;
/** Occurrences are materialised as appointment rows this far ahead of the later of now and the series' start. */
export const HORIZON_WEEKS = 26;

/*
 * rrule ships a CommonJS (UMD) main and an ES module: Node's own loader (the running subgraph) sees only
 * the CommonJS default export, bundlers and vitest the named exports. Take them from whichever it is.
 */
const { RRule, datetime } = 'RRule' in rrulePackage ? rrulePackage : (rrulePackage as unknown as { default: typeof rrulePackage }).default;

/** The RRULE parts a series accepts; the others (BYHOUR, BYMONTHDAY, BYSETPOS…) are refused by name. */
const SUPPORTED = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'WKST'] as const;
type Part = (typeof SUPPORTED)[number];
const KNOWN = new Set([...SUPPORTED, 'BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'RSCALE', 'SKIP']);
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FIX =
  'A series repeats weekly on given days (FREQ=WEEKLY;BYDAY=TU,TH), every N weeks or days (INTERVAL=N), until a date (UNTIL=20270630) or for a count (COUNT=12).';

/** A checked RRULE: its canonical text (`FREQ=…;INTERVAL=…;BYDAY=…;WKST=…;COUNT=…|UNTIL=…`) and its parts. */
export interface Rule {
  text: string;
  freq: 'WEEKLY' | 'DAILY';
  interval: number;
  byDay: string[];
  wkst: string | null;
  count: number | null;
  /** As written: `YYYYMMDD` (a local day, inclusive), `YYYYMMDDTHHMMSS` (local) or `YYYYMMDDTHHMMSSZ` (UTC). */
  until: string | null;
}

const refuse = (message: string, field: string) => badUserInput(message, field);

/**
 * Checks an RRULE value (without DTSTART; an `RRULE:` prefix is accepted) and returns it canonical.
 * @param field the input field named in errors (`rrule`).
 * @throws BAD_USER_INPUT naming `field` and what to change: malformed, a FREQ other than WEEKLY or DAILY,
 * an unsupported part, COUNT with UNTIL, no end at all, COUNT over {@link MAX_OCCURRENCES}.
 */
export function parseRule(value: string, field = 'rrule'): Rule {
  const body = value.trim().replace(/^RRULE:/i, '');
  if (!body) throw refuse(`rrule is empty. ${FIX}`, field);
  if (/[\r\n]/.test(body) || /(^|;)\s*(DTSTART|TZID)/i.test(body)) {
    throw refuse('rrule holds the rule alone (e.g. "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=12"): the start is firstStart and the zone is the studio’s.', field);
  }
  const parts = new Map<Part, string>();
  for (const piece of body.split(';')) {
    const match = /^([A-Za-z]+)=([^=;]+)$/.exec(piece.trim());
    if (!match) throw refuse(`rrule is malformed at "${piece.slice(0, 40)}": each part is NAME=VALUE, parts are separated by ";". ${FIX}`, field);
    const name = match[1].toUpperCase();
    const val = match[2].toUpperCase();
    if (!KNOWN.has(name)) throw refuse(`rrule has an unknown part ${name}. ${FIX}`, field);
    if (!(SUPPORTED as readonly string[]).includes(name)) throw refuse(`rrule: ${name} is not supported for a series. ${FIX}`, field);
    if (parts.has(name as Part)) throw refuse(`rrule names ${name} twice: keep one.`, field);
    parts.set(name as Part, val);
  }
  const freq = parts.get('FREQ');
  if (!freq) throw refuse(`rrule needs a FREQ. ${FIX}`, field);
  if (freq !== 'WEEKLY' && freq !== 'DAILY') {
    const known = ['SECONDLY', 'MINUTELY', 'HOURLY', 'MONTHLY', 'YEARLY'].includes(freq);
    throw refuse(known ? `Only FREQ=WEEKLY and FREQ=DAILY are supported, not FREQ=${freq}. ${FIX}` : `rrule has an unknown FREQ=${freq}. ${FIX}`, field);
  }
  const interval = integerPart(parts.get('INTERVAL') ?? '1', 'INTERVAL', 1, freq === 'WEEKLY' ? 52 : 365, field);
  const byDay = (parts.get('BYDAY')?.split(',') ?? []).map((d) => d.trim());
  for (const day of byDay) {
    if (!DAYS.includes(day))
      throw refuse(`rrule: BYDAY=${day} is not a day; use MO, TU, WE, TH, FR, SA or SU (no numbers: "every first Monday" is not supported).`, field);
  }
  const wkst = parts.get('WKST') ?? null;
  if (wkst !== null && !DAYS.includes(wkst)) throw refuse(`rrule: WKST=${wkst} is not a day; use MO … SU.`, field);
  const countText = parts.get('COUNT');
  const until = parts.get('UNTIL') ?? null;
  if (countText !== undefined && until !== null) throw refuse('rrule has both COUNT and UNTIL: keep one (RFC 5545 allows only one).', field);
  if (countText === undefined && until === null) {
    throw refuse(`rrule never ends: add UNTIL=YYYYMMDD or COUNT=N (a series has at most ${MAX_OCCURRENCES} occurrences).`, field);
  }
  const count = countText === undefined ? null : integerPart(countText, 'COUNT', 1, Number.MAX_SAFE_INTEGER, field);
  if (count !== null && count > MAX_OCCURRENCES) {
    throw refuse(`rrule makes ${count} occurrences; a series has at most ${MAX_OCCURRENCES}: lower COUNT or split it into several series.`, field);
  }
  if (until !== null && !untilInstant(until)) {
    throw refuse(`rrule: UNTIL=${until} is not a date; write UNTIL=YYYYMMDD (that day included) or UNTIL=YYYYMMDDTHHMMSSZ (UTC).`, field);
  }
  return canonical({ freq, interval, byDay, wkst, count, until });
}

function integerPart(text: string, name: string, min: number, max: number, field: string): number {
  const n = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw refuse(`rrule: ${name}=${text} must be a whole number from ${min} to ${max}.`, field);
  return n;
}

/** The rule with its text rebuilt from its parts (the form stored and shown). */
export function canonical(rule: Omit<Rule, 'text'>): Rule {
  const text = [
    `FREQ=${rule.freq}`,
    rule.interval !== 1 ? `INTERVAL=${rule.interval}` : null,
    rule.byDay.length ? `BYDAY=${rule.byDay.join(',')}` : null,
    rule.wkst ? `WKST=${rule.wkst}` : null,
    rule.count !== null ? `COUNT=${rule.count}` : null,
    rule.until !== null ? `UNTIL=${rule.until}` : null,
  ]
    .filter(Boolean)
    .join(';');
  return { ...rule, text };
}

/** The parts of an UNTIL value, or null when it is not a real date (and time). */
function untilInstant(until: string): { local: DateTime; utc: boolean; dateOnly: boolean } | null {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(until);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, z] = match;
  const local = DateTime.fromObject(
    { year: +y, month: +mo, day: +d, hour: h ? +h : 23, minute: mi ? +mi : 59, second: s ? +s : 59 },
    { zone: 'utc' }, // floating: the fields as written
  );
  if (!local.isValid || local.day !== +d || local.month !== +mo) return null;
  return { local, utc: Boolean(z), dateOnly: !h };
}

/** A wall-clock date and time, `YYYY-MM-DDTHH:mm` (no zone). */
export type LocalStart = string;

/** One occurrence: its wall-clock start in the series' zone and its start instant (UTC) — the RECURRENCE-ID. */
export interface Occurrence {
  local: LocalStart;
  start: Date;
}

/**
 * Reads a wall-clock start `YYYY-MM-DDTHH:mm` (seconds, if any, must be 00).
 * @throws BAD_USER_INPUT naming `field` for anything else, or a date that does not exist (30 February).
 */
export function parseLocalStart(value: string, field = 'firstStart'): DateTime {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::00)?$/.exec(value.trim());
  const floating = match
    ? DateTime.fromObject({ year: +match[1], month: +match[2], day: +match[3], hour: +match[4], minute: +match[5] }, { zone: 'utc' })
    : null;
  if (!match || !floating?.isValid || floating.day !== +match[3]) {
    throw refuse(`${field} must be a local date and time without zone, e.g. "2027-03-02T07:00" (the series’ zone is the studio’s).`, field);
  }
  return floating;
}

/**
 * Places a wall-clock time in `timeZone`.
 * @throws BAD_USER_INPUT naming `field` when that time does not exist there (the clocks jump over it),
 * saying which hour is skipped: "14 March 2027 02:30 does not exist in Toronto (ET): clocks jump from
 * 02:00 to 03:00. Pick another time."
 */
export function placeInZone(floating: DateTime, timeZone: string, field: string): Date {
  const fields = { year: floating.year, month: floating.month, day: floating.day, hour: floating.hour, minute: floating.minute };
  const placed = DateTime.fromObject(fields, { zone: timeZone });
  if (placed.hour === fields.hour && placed.minute === fields.minute && placed.day === fields.day) return placed.toJSDate();
  const exists = (t: DateTime) => {
    const p = DateTime.fromObject({ year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute }, { zone: timeZone });
    return p.hour === t.hour && p.minute === t.minute;
  };
  // The skipped span: walk minute by minute (at most a day) to the last time before it and the first after it.
  let from = floating;
  while (!exists(from.minus({ minutes: 1 })) && floating.diff(from, 'hours').hours < 24) from = from.minus({ minutes: 1 });
  let to = floating;
  while (!exists(to) && to.diff(floating, 'hours').hours < 24) to = to.plus({ minutes: 1 });
  throw refuse(
    `${floating.toFormat('d LLLL yyyy HH:mm', { locale: 'en-GB' })} does not exist in ${zoneLabel(timeZone)}: clocks jump from ${from.toFormat('HH:mm')} to ${to.toFormat('HH:mm')}. Pick another time.`,
    field,
  );
}

/** The floating form rrule works in: a `Date` whose UTC fields are the wall-clock fields. */
const toFloating = (t: DateTime) => datetime(t.year, t.month, t.day, t.hour, t.minute, t.second);
const fromFloating = (d: Date) => DateTime.fromJSDate(d, { zone: 'utc' });

/** What expanding a rule gives: every occurrence (at most {@link MAX_OCCURRENCES}) and the series' real start. */
export interface Expansion {
  occurrences: Occurrence[];
}

/**
 * Every occurrence of `rule` from `firstStart` (wall-clock, in `timeZone`), as wall-clock times and UTC instants.
 * @param options.align when false (a new series), `firstStart` must itself be an occurrence; when true
 *   (the rest of a split series, whose new rule may fall on other days), the series starts at the
 *   first occurrence on or after `firstStart`.
 * @param options.fields the input fields named in errors: the start's and the rule's.
 * @throws BAD_USER_INPUT: more than {@link MAX_OCCURRENCES} occurrences (the whole rule is counted),
 * no occurrence at all, `firstStart` not on the rule's days, an occurrence in a daylight-saving gap.
 */
export function expandRule(
  rule: Rule,
  firstStart: DateTime,
  timeZone: string,
  options: { align?: boolean; fields?: { start: string; rule: string } } = {},
): Expansion {
  const fields = options.fields ?? { start: 'firstStart', rule: 'rrule' };
  const parsed: Partial<Options> = RRule.parseString(rule.text.replace(/;?UNTIL=[^;]+/, ''));
  const until = rule.until ? untilInstant(rule.until)! : null;
  // A date-only UNTIL keeps that whole local day; a UTC UNTIL is read on the zone's clock.
  const untilFloating = until ? (until.utc ? until.local.setZone(timeZone).setZone('utc', { keepLocalTime: true }) : until.local) : null;
  const expander = new RRule({
    ...parsed,
    dtstart: toFloating(firstStart),
    until: untilFloating ? toFloating(untilFloating) : null,
  });
  // Count the whole rule, with a cap so that an absurd rule costs little.
  const CAP = 20 * MAX_OCCURRENCES;
  const dates = expander.all((_d, i) => i < CAP);
  if (dates.length > MAX_OCCURRENCES) {
    const made = dates.length >= CAP ? `more than ${CAP.toLocaleString('en-CA')}` : dates.length.toLocaleString('en-CA');
    throw refuse(`rrule makes ${made} occurrences; a series has at most ${MAX_OCCURRENCES}: end it sooner (UNTIL or COUNT) or split it.`, fields.rule);
  }
  if (dates.length === 0) throw refuse(`rrule has no occurrence from ${firstStart.toFormat('d LLL yyyy')}: its UNTIL is before the start.`, fields.rule);
  const first = fromFloating(dates[0]);
  if (!options.align && +first !== +firstStart) {
    const days = rule.byDay.map((d) => DAY_NAMES[DAYS.indexOf(d)]).join(', ');
    throw refuse(
      `${fields.start} is a ${firstStart.setLocale('en-GB').toFormat('cccc')}, not one of the rule’s days (${days}): start the series on its first occurrence (${first.setLocale('en-GB').toFormat('cccc d LLL yyyy')}).`,
      fields.start,
    );
  }
  return {
    occurrences: dates.map((d) => {
      const local = fromFloating(d);
      return { local: local.toFormat("yyyy-MM-dd'T'HH:mm"), start: placeInZone(local, timeZone, fields.start) };
    }),
  };
}

/**
 * The rule of a series cut just before `pivot` (an occurrence's start, UTC): "this and all following"
 * end the old series there. COUNT gives way to an UNTIL one second before the pivot (UTC), as RFC 5545
 * splits do.
 */
export function endBefore(rule: Rule, pivot: Date): Rule {
  const until = DateTime.fromJSDate(new Date(pivot.getTime() - 1000), { zone: 'utc' }).toFormat("yyyyMMdd'T'HHmmss'Z'");
  return canonical({ ...rule, count: null, until });
}

/**
 * The rule of the rest of a split series: `next` when given, else the old rule with COUNT lowered by
 * the occurrences already behind the split (`before`).
 */
export function restOf(rule: Rule, before: number): Rule {
  return rule.count === null ? rule : canonical({ ...rule, count: Math.max(1, rule.count - before) });
}
