import { describe, expect, it } from 'vitest';
import { clashesWith, type Occupied } from '../appointment/appointment.clash.js';
import { candidateSlots, dayOfWeekOf, freeSlots, isoWeekdayOf, type WeeklyWindow } from './availability.slots.js';

/** The same window every day of the week, in force from 2026 on. */
const everyDay = (startTime: string, endTime: string, effectiveFrom = '2026-01-01', effectiveUntil: string | null = null): WeeklyWindow[] =>
  [0, 1, 2, 3, 4, 5, 6].map((dayOfWeek) => ({ dayOfWeek, startTime, endTime, effectiveFrom, effectiveUntil }));

const LONG_AGO = new Date('2020-01-01T00:00:00Z');
const search = (zone: string, from: string, to: string, durationMinutes = 60, now = LONG_AGO) => ({
  zone,
  from: new Date(from),
  to: new Date(to),
  durationMinutes,
  now,
});
const localStarts = (slots: { localStart: string }[]) => slots.map((s) => s.localStart);
const firstOfDay = (slots: { localStart: string; startTime: Date }[], day: string) => slots.find((s) => s.localStart.startsWith(day))!;

describe('open slots stay at local wall-clock time across daylight-saving changes', () => {
  // Each change is on a Sunday at 02:00 local: the Saturday before and the Monday after straddle it.
  const changes = [
    { sunday: '2026-03-08', saturday: '2026-03-07', monday: '2026-03-09', before: 5, after: 4 }, // spring forward: EST (−5) → EDT (−4)
    { sunday: '2026-11-01', saturday: '2026-10-31', monday: '2026-11-02', before: 4, after: 5 }, // fall back: EDT → EST
    { sunday: '2027-03-14', saturday: '2027-03-13', monday: '2027-03-15', before: 5, after: 4 },
  ];
  for (const [zone, shift] of [
    ['America/Toronto', 0],
    ['America/Vancouver', 3],
  ] as const) {
    for (const change of changes) {
      it(`gives a 07:00–12:00 window 07:00 local slots on both sides of ${change.sunday} in ${zone}`, () => {
        const slots = candidateSlots(everyDay('07:00', '12:00'), search(zone, `${change.saturday}T00:00:00Z`, `${change.monday}T23:59:00Z`));
        const saturday = firstOfDay(slots, change.saturday);
        const monday = firstOfDay(slots, change.monday);
        expect(saturday.localStart).toBe(`${change.saturday}T07:00`);
        expect(monday.localStart).toBe(`${change.monday}T07:00`);
        // 07:00 local is a different UTC hour on each side of the change.
        expect(saturday.startTime.toISOString()).toBe(`${change.saturday}T${String(7 + change.before + shift).padStart(2, '0')}:00:00.000Z`);
        expect(monday.startTime.toISOString()).toBe(`${change.monday}T${String(7 + change.after + shift).padStart(2, '0')}:00:00.000Z`);
        // Every 15 minutes, the last one ending at 12:00: 07:00 … 11:00 is 17 slots, each day alike.
        for (const day of [change.saturday, change.sunday, change.monday]) {
          const ofDay = localStarts(slots).filter((s) => s.startsWith(day));
          expect(ofDay).toHaveLength(17);
          expect(ofDay.at(-1)).toBe(`${day}T11:00`);
        }
        for (const slot of slots) expect(slot.endTime.getTime() - slot.startTime.getTime()).toBe(60 * 60_000);
      });
    }
  }

  it('gives no slot at a wall-clock time that does not exist (02:00–02:59 on a spring-forward night)', () => {
    const slots = candidateSlots(everyDay('01:00', '04:00'), search('America/Toronto', '2027-03-14T05:00:00Z', '2027-03-14T12:00:00Z'));
    // 01:00 EST + 60 real minutes is 03:00 EDT; the night has two real hours between 01:00 and 04:00.
    expect(localStarts(slots)).toEqual(['01:00', '01:15', '01:30', '01:45', '03:00'].map((t) => `2027-03-14T${t}`));
    expect(slots[0].endTime.toISOString()).toBe('2027-03-14T07:00:00.000Z');
  });

  it('gives each wall-clock time of the repeated hour once on a fall-back night, sessions lasting their real length', () => {
    const slots = candidateSlots(everyDay('00:00', '03:00'), search('America/Vancouver', '2026-11-01T07:00:00Z', '2026-11-01T12:00:00Z'));
    const starts = localStarts(slots);
    expect(new Set(starts).size).toBe(starts.length);
    expect(starts[0]).toBe('2026-11-01T00:00');
    for (const slot of slots) expect(slot.endTime.getTime() - slot.startTime.getTime()).toBe(60 * 60_000);
    const times = slots.map((s) => s.startTime.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});

describe('which start times a window gives', () => {
  it('steps 15 minutes from the window’s start, keeps only sessions that end inside it, and merges touching windows', () => {
    const windows: WeeklyWindow[] = [
      { dayOfWeek: 1, startTime: '09:10:00', endTime: '10:00:00', effectiveFrom: '2027-01-01', effectiveUntil: null },
      { dayOfWeek: 1, startTime: '10:00:00', endTime: '10:40:00', effectiveFrom: '2027-01-01', effectiveUntil: null },
    ];
    const slots = candidateSlots(windows, search('America/Toronto', '2027-01-04T00:00:00Z', '2027-01-05T00:00:00Z', 45));
    expect(localStarts(slots)).toEqual(['09:10', '09:25', '09:40', '09:55'].map((t) => `2027-01-04T${t}`));
  });

  it('keeps only future starts in [from, to), on days the windows are in force and the contract allows', () => {
    const windows = everyDay('07:00', '09:00', '2027-01-05', '2027-01-07');
    const all = search('America/Toronto', '2027-01-01T00:00:00Z', '2027-01-10T00:00:00Z', 60, new Date('2027-01-05T12:30:00Z'));
    const slots = candidateSlots(windows, all);
    // Jan 5 07:30 local = 12:30Z is not after now; the 7th is the last day in force.
    expect(localStarts(slots)).toEqual([
      '2027-01-05T07:45',
      '2027-01-05T08:00',
      ...['06', '07'].flatMap((d) => ['07:00', '07:15', '07:30', '07:45', '08:00'].map((t) => `2027-01-${d}T${t}`)),
    ]);
    expect(localStarts(candidateSlots(windows, { ...all, workableDay: (day) => day !== '2027-01-06' })).some((s) => s.startsWith('2027-01-06'))).toBe(false);
    // `to` is exclusive: Jan 6 07:00 local is 12:00Z.
    expect(candidateSlots(windows, { ...all, to: new Date('2027-01-06T12:00:00Z') }).at(-1)!.localStart).toBe('2027-01-05T08:00');
  });

  it('maps ISO weekdays to the table’s Sunday-first days and back', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(dayOfWeekOf)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect([0, 1, 6].map(isoWeekdayOf)).toEqual([7, 1, 6]);
  });
});

describe('taking busy times out', () => {
  it('keeps exactly the slots the shared rule (clashesWith against every session) keeps, whatever the sessions', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const base = Date.parse('2027-01-04T12:00:00Z');
    const studios = ['a', 'b', null];
    for (let round = 0; round < 50; round++) {
      const busy: Occupied[] = Array.from({ length: 30 }, (_, i) => {
        const start = base + Math.floor(random() * 7 * 96) * 15 * 60_000;
        const studioId = studios[Math.floor(random() * 3)];
        return {
          id: String(i),
          startTime: new Date(start),
          endTime: new Date(start + (15 + Math.floor(random() * 48) * 15) * 60_000),
          studioId,
          locationType: studioId ? ('studio' as const) : ('online' as const),
          timeZone: null,
        };
      }).sort((x, y) => x.startTime.getTime() - y.startTime.getTime());
      const slots = Array.from({ length: 7 * 96 }, (_, i) => ({
        startTime: new Date(base + i * 15 * 60_000),
        endTime: new Date(base + i * 15 * 60_000 + 3_600_000),
      }));
      const buffer = [0, 30, 240][round % 3];
      const naive = slots.filter((s) => clashesWith({ ...s, studioId: 'a', locationType: 'studio' }, busy, buffer).length === 0);
      expect(naive.length).toBeGreaterThan(0);
      expect(naive.length).toBeLessThan(slots.length);
      expect(freeSlots(slots, 'a', busy, buffer)).toEqual(naive);
    }
  });
});
