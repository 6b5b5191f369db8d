import { describe, expect, it } from 'vitest';
import { checkWindows, replacementPlan, type StoredWindow } from './availability.windows.js';

const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (error) {
    const e = error as { message: string; extensions: Record<string, unknown> };
    return { message: e.message, ...e.extensions };
  }
  throw new Error('expected a refusal');
};

describe('checking a new set of windows', () => {
  it('refuses a window that ends before it starts, naming it', () => {
    expect(refusal(() => checkWindows([{ weekday: 3, startTime: '12:00', endTime: '07:00' }], '2027-01-01', null))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'windows[0].endTime',
      message: 'The Wednesday window ends (07:00) before it starts (12:00): the end must be after the start on the same day.',
    });
  });

  it('refuses two windows of one weekday that overlap, and accepts windows that only touch', () => {
    const windows = [
      { weekday: 1, startTime: '07:00', endTime: '12:00' },
      { weekday: 2, startTime: '11:00', endTime: '13:00' },
      { weekday: 1, startTime: '11:30', endTime: '14:00' },
    ];
    expect(refusal(() => checkWindows(windows, '2027-01-01', null))).toMatchObject({
      field: 'windows[2]',
      message: expect.stringContaining('Two Monday windows overlap'),
    });
    expect(() => checkWindows([windows[0], { weekday: 1, startTime: '12:00', endTime: '24:00' }], '2027-01-01', null)).not.toThrow();
  });

  it('refuses an end date before the start date', () => {
    expect(refusal(() => checkWindows([], '2027-02-01', '2027-01-31'))).toMatchObject({ field: 'effectiveUntil' });
  });
});

describe('replacing the windows of a period', () => {
  const w = (id: string, effectiveFrom: string, effectiveUntil: string | null): StoredWindow => ({
    id,
    dayOfWeek: 1,
    startTime: '07:00:00',
    endTime: '12:00:00',
    effectiveFrom,
    effectiveUntil,
  });

  it('from a day on: earlier windows end the day before, later ones are replaced', () => {
    const plan = replacementPlan([w('old', '2026-09-01', null), w('later', '2027-04-01', null), w('inside', '2027-03-01', '2027-03-31')], '2027-03-01', null);
    expect(plan).toEqual({ end: [{ id: 'old', effectiveUntil: '2027-02-28' }], start: [], copy: [], remove: ['later', 'inside'] });
  });

  it('for a period: what lay before and after it is kept, split around it when one window spanned it', () => {
    const plan = replacementPlan([w('spanning', '2026-09-01', null), w('after', '2027-03-10', '2027-06-30')], '2027-03-01', '2027-03-31');
    expect(plan).toEqual({
      end: [{ id: 'spanning', effectiveUntil: '2027-02-28' }],
      start: [{ id: 'after', effectiveFrom: '2027-04-01' }],
      copy: [{ dayOfWeek: 1, startTime: '07:00:00', endTime: '12:00:00', effectiveFrom: '2027-04-01', effectiveUntil: null, copyOf: 'spanning' }],
      remove: [],
    });
  });
});
