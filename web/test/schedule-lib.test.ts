import { describe, expect, it } from 'vitest';
import { isLateCancellation, localToUtc, previewWeekly, weeklyRrule } from '../src/lib/schedule';

describe('scheduling forms (lib/schedule.ts)', () => {
  it('reads a wall-clock time in the named zone, whatever the browser’s, and refuses a time the clocks skip', () => {
    expect(localToUtc('2027-03-10', '07:00', 'America/Toronto')).toEqual({ ok: true, utc: '2027-03-10T12:00:00Z' });
    expect(localToUtc('2027-03-17', '07:00', 'America/Toronto')).toEqual({ ok: true, utc: '2027-03-17T11:00:00Z' });
    expect(localToUtc('2027-03-10', '04:00', 'America/Vancouver')).toEqual({ ok: true, utc: '2027-03-10T12:00:00Z' });
    const gap = localToUtc('2027-03-14', '02:30', 'America/Toronto');
    expect(gap.ok).toBe(false);
    expect(!gap.ok && gap.problem).toBe('02:30 does not exist on March 14 in Toronto (ET): the clocks jump forward that night. Choose another time.');
    expect(localToUtc('', '07:00', 'America/Toronto')).toEqual({ ok: false, problem: 'Choose a date.' });
  });

  it('builds the weekly RRULE scheduleSeries takes, Monday first, ending on a day or after a count', () => {
    expect(weeklyRrule({ weekdays: [4, 2], interval: 1, end: { until: '2027-06-30' } })).toBe('FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;UNTIL=20270630');
    expect(weeklyRrule({ weekdays: [7, 1, 1], interval: 2, end: { count: 12 } })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU;COUNT=12');
  });

  it('previews a 07:00 class at 07:00 local on both sides of the spring-forward change, and marks the first after it', () => {
    const toronto = previewWeekly('2027-03-10', '07:00', 'America/Toronto', { weekdays: [3], interval: 1, end: { count: 3 } });
    expect(toronto.map((o) => [o.day, o.localTime, o.utc, o.offsetName, o.afterClockChange])).toEqual([
      ['2027-03-10', '07:00', '2027-03-10T12:00:00Z', 'EST', false],
      ['2027-03-17', '07:00', '2027-03-17T11:00:00Z', 'EDT', true],
      ['2027-03-24', '07:00', '2027-03-24T11:00:00Z', 'EDT', false],
    ]);
    // Every other week, two days a week, until a day (inclusive): Vancouver falls back on 2026-11-01.
    const vancouver = previewWeekly('2026-10-20', '06:00', 'America/Vancouver', { weekdays: [2, 4], interval: 2, end: { until: '2026-11-05' } });
    expect(vancouver.map((o) => `${o.day} ${o.localTime} ${o.offsetName}`)).toEqual([
      '2026-10-20 06:00 PDT',
      '2026-10-22 06:00 PDT',
      '2026-11-03 06:00 PST',
      '2026-11-05 06:00 PST',
    ]);
  });

  it('calls a cancellation late only inside the window before the start', () => {
    const now = new Date('2027-03-10T00:00:00Z');
    expect(isLateCancellation('2027-03-10T11:00:00Z', 720, now)).toBe(true);
    expect(isLateCancellation('2027-03-10T13:00:00Z', 720, now)).toBe(false);
    expect(isLateCancellation('2027-03-09T23:00:00Z', 720, now)).toBe(false);
  });
});
