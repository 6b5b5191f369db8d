import { Decimal } from '@fitflow/kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StudioParty } from '../invoice/invoice-party.repository.js';
import { attendeeBonus, billedStudio, billSession, periodOn, type BillableSession, type RatePeriod } from './studio-billing.lines.js';

const period = (over: Partial<RatePeriod> = {}): RatePeriod => ({
  trainerId: 't',
  studioId: 's',
  effectiveFrom: '2026-01-01',
  effectiveUntil: null,
  classRates: { group: '55.00', individual: '105.00' },
  bonusThreshold: null,
  bonusRate: null,
  billNoShows: false,
  billLateCancellations: false,
  ...over,
});
const session = (over: Partial<BillableSession> = {}): BillableSession => ({
  id: 'a',
  trainerId: 't',
  studioId: 's',
  classTypeName: 'Small-group strength',
  category: 'group',
  startTime: new Date('2026-11-03T23:00:00Z'),
  status: 'completed',
  attendees: 4,
  noShows: 0,
  lateCancellations: 0,
  timeZone: 'America/Toronto',
  serviceDate: '2026-11-03',
  ...over,
});

describe('the rate in force on a day', () => {
  const periods = [
    period({ effectiveFrom: '2026-01-01', effectiveUntil: '2026-11-15' }),
    period({ effectiveFrom: '2026-11-15', classRates: { group: '60.00' } }),
  ];
  it("takes the period that began on or before the day and has not ended (the next period's start is exclusive)", () => {
    expect(periodOn(periods, '2025-12-31')).toBeNull();
    expect(periodOn(periods, '2026-11-14')!.classRates.group).toBe('55.00');
    expect(periodOn(periods, '2026-11-15')!.classRates.group).toBe('60.00');
    expect(periodOn([period({ effectiveUntil: '2026-06-01' })], '2026-06-01')).toBeNull();
  });
});

describe('a session line', () => {
  it('reads like the invoice prints it, bonus included', () => {
    const outcome = billSession(session({ attendees: 9 }), [period({ bonusThreshold: 7, bonusRate: new Decimal('5.00') })]);
    expect(outcome).toEqual({
      charge: {
        basis: 'completed',
        unitPrice: new Decimal('65.00'),
        description: 'Small-group strength — Tue 3 Nov 2026 18:00 · 9 attendees (2 above 7 × 5.00)',
      },
    });
  });

  it('bills nothing for a session cancelled without late cancellations, and skips what the contract does not bill', () => {
    expect(billSession(session({ status: 'cancelled' }), [period()])).toBeNull();
    expect(billSession(session({ status: 'no-show' }), [period()])).toMatchObject({ skip: 'NO_SHOW_NOT_BILLED' });
    expect(billSession(session({ status: 'cancelled', lateCancellations: 2 }), [period()])).toMatchObject({ skip: 'LATE_CANCELLATION_NOT_BILLED' });
    expect(billSession(session({ status: 'scheduled' }), [period()])).toMatchObject({ skip: 'NOT_COMPLETED' });
    expect(billSession(session(), [])).toMatchObject({ skip: 'NO_CONTRACT' });
    expect(billSession(session({ category: 'trial' }), [period()])).toMatchObject({ skip: 'NO_RATE' });
    // A no-show earns no attendee bonus: nobody came.
    expect(
      billSession(session({ status: 'no-show', attendees: 0 }), [period({ billNoShows: true, bonusThreshold: 0, bonusRate: new Decimal(5) })]),
    ).toMatchObject({
      charge: { basis: 'no-show', unitPrice: new Decimal('55.00') },
    });
  });

  it('for any rate, threshold, bonus and head count: the rate plus (attendees above the threshold × bonus), in whole cents', () => {
    const cents = fc.integer({ min: 0, max: 1_000_000 }).map((n) => new Decimal(n).dividedBy(100));
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: 30 }), cents, fc.integer({ min: 0, max: 60 }), (rate, threshold, bonusRate, attendees) => {
        const outcome = billSession(session({ attendees }), [period({ classRates: { group: rate.toFixed(2) }, bonusThreshold: threshold, bonusRate })]);
        if (!outcome || !('charge' in outcome)) throw new Error('expected a charge');
        const expected = rate.plus(bonusRate.times(Math.max(0, attendees - threshold)));
        expect(outcome.charge.unitPrice.toFixed(2)).toBe(expected.toFixed(2));
        expect(outcome.charge.unitPrice.decimalPlaces()).toBeLessThanOrEqual(2);
        expect(attendeeBonus({ bonusThreshold: threshold, bonusRate }, attendees).gte(0)).toBe(true);
      }),
    );
  });
});

describe('which studio is billed', () => {
  const studio = (id: string, over: Partial<StudioParty> = {}): StudioParty => ({
    id,
    parentStudioId: null,
    name: id,
    address: null,
    province: 'ON',
    timeZone: 'America/Toronto',
    netDays: 30,
    billingConsolidated: false,
    isHeadquarters: true,
    businessNumber: null,
    qstNumber: null,
    status: 'active',
    ...over,
  });
  it('bills the top of a chain when that headquarters consolidates, else the studio itself', () => {
    const consolidated = new Map([
      ['hq', studio('hq', { billingConsolidated: true })],
      ['mid', studio('mid', { parentStudioId: 'hq', isHeadquarters: false })],
      ['leaf', studio('leaf', { parentStudioId: 'mid', isHeadquarters: false })],
    ]);
    expect(billedStudio('leaf', consolidated)!.id).toBe('hq');
    expect(billedStudio('hq', consolidated)!.id).toBe('hq');
    const separate = new Map([...consolidated].map(([id, s]) => [id, { ...s, billingConsolidated: false }]));
    expect(billedStudio('leaf', separate)!.id).toBe('leaf');
    expect(billedStudio('unknown', separate)).toBeNull();
  });
});
