import { describe, expect, it } from 'vitest';
import { clashesWith, samePlace, type Occupied, type TimeSpan } from './appointment.clash.js';

const HARBOURFRONT = '11111111-1111-4111-8111-111111111111';
const KITSILANO = '22222222-2222-4222-8222-222222222222';
const at = (iso: string, minutes: number, studioId: string | null = HARBOURFRONT): TimeSpan => ({
  startTime: new Date(iso),
  endTime: new Date(Date.parse(iso) + minutes * 60_000),
  studioId,
  locationType: studioId ? 'studio' : 'online',
});
const occupied = (iso: string, minutes: number, studioId: string | null = HARBOURFRONT): Occupied => ({
  id: iso,
  timeZone: null,
  ...at(iso, minutes, studioId),
});

describe('one trainer, one calendar', () => {
  it('sees Toronto 09:00 and Vancouver 06:00 as the same instant', () => {
    const toronto = occupied('2026-12-07T14:00:00Z', 60, HARBOURFRONT); // 09:00 EST
    const vancouver = at('2026-12-07T14:00:00Z', 60, KITSILANO); // 06:00 PST
    expect(clashesWith(vancouver, [toronto], 0)).toEqual([toronto]);
  });

  it('lets sessions at one studio follow each other back to back, even with a travel buffer', () => {
    expect(clashesWith(at('2026-12-07T15:00:00Z', 60), [occupied('2026-12-07T14:00:00Z', 60)], 30)).toEqual([]);
  });

  it('keeps the travel buffer between different studios, and only then', () => {
    const before = occupied('2026-12-07T14:00:00Z', 60, HARBOURFRONT);
    expect(clashesWith(at('2026-12-07T15:20:00Z', 60, KITSILANO), [before], 30)).toEqual([before]);
    expect(clashesWith(at('2026-12-07T15:30:00Z', 60, KITSILANO), [before], 30)).toEqual([]);
    expect(clashesWith(at('2026-12-07T15:00:00Z', 60, KITSILANO), [before], 0)).toEqual([]);
    // The buffer applies before the next session too.
    expect(clashesWith(at('2026-12-07T12:40:00Z', 60, KITSILANO), [before], 30)).toEqual([before]);
  });

  it('counts two online sessions as one place, and a client’s location as always elsewhere', () => {
    expect(samePlace({ studioId: null, locationType: 'online' }, { studioId: null, locationType: 'online' })).toBe(true);
    expect(samePlace({ studioId: null, locationType: 'client-location' }, { studioId: null, locationType: 'client-location' })).toBe(false);
    expect(samePlace({ studioId: HARBOURFRONT, locationType: 'studio' }, { studioId: null, locationType: 'online' })).toBe(false);
  });
});
