import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { planMonth, previousMonth, SESSION_MINUTES } from './month-end.plan.js';

const ZONES = ['America/Toronto', 'America/Vancouver', 'America/St_Johns', 'America/Halifax', 'America/Edmonton'];

describe('the month bench/month-end.ts bills', () => {
  it.each(['2026-02', '2026-03', '2026-11', '2027-01'])(
    'puts 500 sessions in %s, each on its own day of the month in every Canadian zone, none overlapping',
    (month) => {
      const plan = planMonth(month, 500);
      expect(plan).toHaveLength(500);
      for (const zone of ZONES) {
        for (const session of plan) {
          const start = DateTime.fromJSDate(session.start, { zone });
          const end = DateTime.fromJSDate(session.end, { zone });
          expect(start.toFormat('yyyy-MM')).toBe(month);
          expect(end.toISODate()).toBe(start.toISODate());
        }
      }
      const sorted = [...plan].sort((a, b) => a.start.getTime() - b.start.getTime());
      sorted.slice(1).forEach((session, i) => expect(session.start.getTime()).toBeGreaterThanOrEqual(sorted[i].end.getTime()));
      expect(plan.every((s) => s.end.getTime() - s.start.getTime() === SESSION_MINUTES * 60_000)).toBe(true);
    },
  );

  it('spreads the sessions over the three studios and the three categories, with attendees to bill a bonus for', () => {
    const plan = planMonth('2026-11', 500);
    const count = (predicate: (s: (typeof plan)[number]) => boolean) => plan.filter(predicate).length;
    expect([0, 1, 2].map((studio) => count((s) => s.studio === studio))).toEqual([165, 165, 170]);
    expect(['group', 'individual', 'trial'].map((category) => count((s) => s.category === category))).toEqual([300, 150, 50]);
    expect(plan.every((s) => (s.category === 'group' ? s.booked >= 3 && s.booked <= 10 : s.booked === 1 && s.absent === 0))).toBe(true);
    expect(count((s) => s.category === 'group' && s.booked - s.absent > 6)).toBeGreaterThan(0);
    expect(count((s) => s.absent > 0)).toBeGreaterThan(0);
  });

  it('uses the three studios however few the sessions', () => {
    for (const count of [3, 31, 60]) expect(new Set(planMonth('2026-12', count).map((s) => s.studio))).toEqual(new Set([0, 1, 2]));
  });

  it('refuses a month that would need more than 18 sessions a day', () => {
    expect(() => planMonth('2026-02', 28 * 18 + 1)).toThrow(RangeError);
    expect(() => planMonth('2026-13', 10)).toThrow(RangeError);
  });

  it('bills the calendar month before today in the zone given', () => {
    expect(previousMonth(new Date('2026-12-01T04:59:00Z'), 'America/Toronto')).toEqual({
      month: '2026-10',
      periodStart: '2026-10-01',
      periodEnd: '2026-10-31',
    });
    expect(previousMonth(new Date('2026-12-01T05:00:00Z'), 'America/Toronto')).toEqual({
      month: '2026-11',
      periodStart: '2026-11-01',
      periodEnd: '2026-11-30',
    });
    expect(previousMonth(new Date('2027-01-15T12:00:00Z'), 'America/Toronto').periodEnd).toBe('2026-12-31');
  });
});
