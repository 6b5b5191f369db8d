import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { endBefore, expandRule, parseLocalStart, parseRule, restOf } from './series.recurrence.js';

const expand = (rrule: string, firstStart: string, zone: string, align = false) => expandRule(parseRule(rrule), parseLocalStart(firstStart), zone, { align });
const utc = (rrule: string, firstStart: string, zone: string) => expand(rrule, firstStart, zone).occurrences.map((o) => o.start.toISOString());
const local = (rrule: string, firstStart: string, zone: string) => expand(rrule, firstStart, zone).occurrences.map((o) => o.local);

/** The error a call throws, as a client sees it: message and extensions. */
function refusal(work: () => unknown): { message: string; field?: unknown; code?: unknown } {
  try {
    work();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { message: error.message, field: error.extensions.field, code: error.extensions.code };
  }
  throw new Error('expected a refusal');
}

describe('a weekly 07:00 class keeps 07:00 local time across daylight-saving changes', () => {
  it('Toronto, spring 2026 (8 March): 12:00Z in winter, 11:00Z from the change on', () => {
    expect(utc('FREQ=WEEKLY;BYDAY=SA,SU;COUNT=4', '2026-03-07T07:00', 'America/Toronto')).toEqual([
      '2026-03-07T12:00:00.000Z',
      '2026-03-08T11:00:00.000Z', // the very day of the change: 07:00 EDT
      '2026-03-14T11:00:00.000Z',
      '2026-03-15T11:00:00.000Z',
    ]);
  });

  it('Vancouver, spring 2026 (8 March): 15:00Z, then 14:00Z', () => {
    expect(utc('FREQ=WEEKLY;BYDAY=SU;COUNT=3', '2026-03-01T07:00', 'America/Vancouver')).toEqual([
      '2026-03-01T15:00:00.000Z',
      '2026-03-08T14:00:00.000Z',
      '2026-03-15T14:00:00.000Z',
    ]);
  });

  it('Toronto and Vancouver, autumn 2026 (1 November): one hour later in UTC from the change on', () => {
    expect(utc('FREQ=WEEKLY;BYDAY=SU;COUNT=3', '2026-10-25T07:00', 'America/Toronto')).toEqual([
      '2026-10-25T11:00:00.000Z',
      '2026-11-01T12:00:00.000Z',
      '2026-11-08T12:00:00.000Z',
    ]);
    expect(utc('FREQ=WEEKLY;BYDAY=SU;COUNT=3', '2026-10-25T07:00', 'America/Vancouver')).toEqual([
      '2026-10-25T14:00:00.000Z',
      '2026-11-01T15:00:00.000Z',
      '2026-11-08T15:00:00.000Z',
    ]);
  });

  it('Toronto and Vancouver, spring 2027 (14 March), every other week on Tuesdays and Sundays', () => {
    const rule = 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=MO;UNTIL=20270321';
    expect(local(rule, '2027-03-02T07:00', 'America/Toronto')).toEqual(['2027-03-02T07:00', '2027-03-07T07:00', '2027-03-16T07:00', '2027-03-21T07:00']);
    expect(utc(rule, '2027-03-02T07:00', 'America/Toronto')).toEqual([
      '2027-03-02T12:00:00.000Z',
      '2027-03-07T12:00:00.000Z',
      '2027-03-16T11:00:00.000Z',
      '2027-03-21T11:00:00.000Z',
    ]);
    expect(utc('FREQ=DAILY;COUNT=3', '2027-03-13T07:00', 'America/Vancouver')).toEqual([
      '2027-03-13T15:00:00.000Z',
      '2027-03-14T14:00:00.000Z',
      '2027-03-15T14:00:00.000Z',
    ]);
  });

  it('keeps the last day of a date-only UNTIL, and reads a UTC UNTIL on the zone’s clock', () => {
    expect(local('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270316', '2027-03-02T07:00', 'America/Toronto').at(-1)).toBe('2027-03-16T07:00');
    // 11:00Z on 16 March is 07:00 in Toronto: that occurrence is in, one minute earlier it is not.
    expect(local('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270316T110000Z', '2027-03-02T07:00', 'America/Toronto').at(-1)).toBe('2027-03-16T07:00');
    expect(local('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270316T105900Z', '2027-03-02T07:00', 'America/Toronto').at(-1)).toBe('2027-03-09T07:00');
  });
});

describe('what a series refuses, saying what to change', () => {
  it('a time the clocks skip: 02:30 on 14 March 2027, whether first or later', () => {
    expect(refusal(() => expand('FREQ=WEEKLY;COUNT=2', '2027-03-14T02:30', 'America/Toronto'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'firstStart',
      message: '14 March 2027 02:30 does not exist in Toronto (ET): clocks jump from 02:00 to 03:00. Pick another time.',
    });
    expect(refusal(() => expand('FREQ=WEEKLY;COUNT=3', '2027-03-07T02:30', 'America/Vancouver')).message).toBe(
      '14 March 2027 02:30 does not exist in Vancouver (PT): clocks jump from 02:00 to 03:00. Pick another time.',
    );
  });

  it('more than 500 occurrences, counting the whole rule and not only the next 26 weeks', () => {
    const daily = refusal(() => expand('FREQ=DAILY;UNTIL=20281231', '2027-01-01T07:00', 'America/Toronto'));
    expect(daily).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rrule' });
    expect(daily.message).toBe('rrule makes 731 occurrences; a series has at most 500: end it sooner (UNTIL or COUNT) or split it.');
    expect(refusal(() => parseRule('FREQ=WEEKLY;COUNT=501')).message).toContain('at most 500');
    expect(expand('FREQ=DAILY;COUNT=500', '2027-01-01T07:00', 'America/Toronto').occurrences).toHaveLength(500);
  });

  it('malformed rules, rules it does not support, and rules without an end', () => {
    const message = (rule: string) => refusal(() => parseRule(rule)).message;
    expect(message('FREQ=MONTHLY;COUNT=3')).toMatch(/^Only FREQ=WEEKLY and FREQ=DAILY are supported, not FREQ=MONTHLY/);
    expect(message('FREQ=WEEKLY;BYDAY=XX;COUNT=3')).toMatch(/^rrule: BYDAY=XX is not a day/);
    expect(message('FREQ=WEEKLY;BYDAY=1MO;COUNT=3')).toMatch(/^rrule: BYDAY=1MO is not a day/);
    expect(message('FREQ=WEEKLY;COUNT=abc')).toMatch(/^rrule: COUNT=ABC must be a whole number/);
    expect(message('FREQ=WEEKLY;INTERVAL=0;COUNT=3')).toMatch(/^rrule: INTERVAL=0 must be a whole number from 1/);
    expect(message('FREQ=WEEKLY;UNTIL=20270230')).toMatch(/^rrule: UNTIL=20270230 is not a date/);
    expect(message('FREQ=WEEKLY;COUNT=3;UNTIL=20270630')).toMatch(/both COUNT and UNTIL/);
    expect(message('FREQ=WEEKLY;BYDAY=TU')).toMatch(/^rrule never ends/);
    expect(message('FREQ=WEEKLY;BYHOUR=7;COUNT=3')).toMatch(/^rrule: BYHOUR is not supported/);
    expect(message('FREQ=WEEKLY;FOO=1')).toMatch(/^rrule has an unknown part FOO/);
    expect(message('garbage')).toMatch(/^rrule is malformed at "garbage"/);
    expect(message('DTSTART:20270302T070000\nRRULE:FREQ=WEEKLY;COUNT=3')).toMatch(/holds the rule alone/);
    expect(parseRule('RRULE:freq=weekly;byday=tu,th;count=12').text).toBe('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=12');
  });

  it('a first start that is not on the rule’s days, or a rule that ends before it starts', () => {
    expect(refusal(() => expand('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4', '2027-03-01T07:00', 'America/Toronto'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'firstStart',
      message: 'firstStart is a Monday, not one of the rule’s days (Tuesday, Thursday): start the series on its first occurrence (Tuesday 2 Mar 2027).',
    });
    expect(refusal(() => expand('FREQ=WEEKLY;UNTIL=20270101', '2027-03-01T07:00', 'America/Toronto')).field).toBe('rrule');
    expect(refusal(() => parseLocalStart('2027-03-01 07:00')).field).toBe('firstStart');
    expect(refusal(() => parseLocalStart('2027-02-30T07:00')).field).toBe('firstStart');
  });

  it('aligns the rest of a split series on its new days', () => {
    expect(expand('FREQ=WEEKLY;BYDAY=TH;COUNT=2', '2027-03-02T08:00', 'America/Toronto', true).occurrences.map((o) => o.local)).toEqual([
      '2027-03-04T08:00',
      '2027-03-11T08:00',
    ]);
  });
});

describe('splitting a series ("this and all following")', () => {
  it('ends the old rule one second before the occurrence, and lowers the rest’s COUNT', () => {
    const rule = parseRule('FREQ=WEEKLY;BYDAY=TU;COUNT=10');
    const cut = endBefore(rule, new Date('2027-03-16T11:00:00Z'));
    expect(cut.text).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20270316T105959Z');
    expect(local(cut.text, '2027-03-02T07:00', 'America/Toronto')).toEqual(['2027-03-02T07:00', '2027-03-09T07:00']);
    expect(restOf(rule, 2).text).toBe('FREQ=WEEKLY;BYDAY=TU;COUNT=8');
  });
});
