import { Decimal, ProvinceCode, type Province } from '@fitflow/kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteTaxes, type SupplierRegistrations, type TaxableLine } from './tax.engine.js';
import { publishedTable } from './tax.fixture.js';

const table = publishedTable();

/** Amounts as whole cents (bigint), so that the expectations below never touch the engine's arithmetic. */
const cents = fc.bigInt({ min: 0n, max: 2_000_000n });
const toDollars = (c: bigint) => new Decimal(c.toString()).dividedBy(100);
const lineArb = fc.record({
  cents,
  kind: fc.constantFrom('SERVICE' as const, 'GOODS' as const),
  category: fc.constantFrom('group', 'individual', 'trial', 'apparel', 'equipment', 'Group', null),
});
/** Every day from 2019-07-01 (the table covers every jurisdiction from then) to 2030-12-31. */
const dayArb = fc
  .integer({ min: Date.UTC(2019, 6, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 })
  .map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const supplierArb: fc.Arbitrary<SupplierRegistrations> = fc.record({
  gstHstNumber: fc.constantFrom(null, '123456782 RT0001', '046454286rt0002'),
  qstNumber: fc.constantFrom(null, '1234567890 TQ0001'),
  pstNumbers: fc.subarray(['BC', 'SK', 'MB'] as const).map((ps) => Object.fromEntries(ps.map((p) => [p, `${p}-1234567`]))),
});
const quoteArb = fc.record({
  lines: fc.array(lineArb, { maxLength: 40 }),
  province: fc.constantFrom(...(Object.values(ProvinceCode) as Province[])),
  day: dayArb,
  supplier: supplierArb,
});

const twoDecimals = (d: Decimal) => d.decimalPlaces() <= 2;
/** Half-up to the cent in integer arithmetic: cents × rate (5 decimals), +0.5 cent, floored. */
const halfUpCents = (baseCents: bigint, rate: Decimal) => {
  const rateHundredThousandths = BigInt(rate.times(100_000).toFixed(0));
  return (baseCents * rateHundredThousandths + 50_000n) / 100_000n;
};
const toCentsBig = (d: Decimal) => BigInt(d.times(100).toFixed(0));

describe('for any lines, jurisdiction, date and registrations', () => {
  it('the lines add up to the subtotal, subtotal + taxes = total, and no amount has more than two decimals', () => {
    fc.assert(
      fc.property(quoteArb, ({ lines, province, day, supplier }) => {
        const taxable: TaxableLine[] = lines.map((l) => ({ amount: toDollars(l.cents), kind: l.kind, category: l.category }));
        const q = quoteTaxes({ supplier, placeOfSupply: province, taxPoint: day, lines: taxable }, table);
        const lineCents = lines.reduce((sum, l) => sum + l.cents, 0n);
        expect(toCentsBig(q.subtotal)).toBe(lineCents);
        expect(toCentsBig(q.total)).toBe(lineCents + q.taxes.reduce((sum, t) => sum + toCentsBig(t.amount), 0n));
        for (const amount of [q.subtotal, q.total, ...q.taxes.flatMap((t) => [t.base, t.amount])]) expect(twoDecimals(amount)).toBe(true);
        expect(q.lineTaxes).toHaveLength(lines.length);
      }),
      { numRuns: 400 },
    );
  });

  it('each tax is round-half-up(base × rate), on the base of exactly the lines that bear it', () => {
    fc.assert(
      fc.property(quoteArb, ({ lines, province, day, supplier }) => {
        const taxable: TaxableLine[] = lines.map((l) => ({ amount: toDollars(l.cents), kind: l.kind, category: l.category }));
        const q = quoteTaxes({ supplier, placeOfSupply: province, taxPoint: day, lines: taxable }, table);
        for (const t of q.taxes) {
          const baseCents = lines.reduce((sum, l, i) => (q.lineTaxes[i]!.includes(t.tax) ? sum + l.cents : sum), 0n);
          expect(toCentsBig(t.base)).toBe(baseCents);
          expect(toCentsBig(t.amount)).toBe(halfUpCents(baseCents, t.rate));
        }
        // a line bears only taxes that the quote charges, each at most once
        for (const names of q.lineTaxes) {
          expect(new Set(names).size).toBe(names.length);
          for (const name of names) expect(q.taxes.map((t) => t.tax)).toContain(name);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('an unregistered small supplier never charges GST, HST or QST, and a registrant always charges GST or HST on every line', () => {
    fc.assert(
      fc.property(quoteArb, ({ lines, province, day, supplier }) => {
        const taxable: TaxableLine[] = lines.map((l) => ({ amount: toDollars(l.cents), kind: l.kind, category: l.category }));
        const q = quoteTaxes({ supplier, placeOfSupply: province, taxPoint: day, lines: taxable }, table);
        const federal = q.lineTaxes.map((names) => names.filter((n) => n === 'GST' || n === 'HST' || n === 'QST'));
        if (supplier.gstHstNumber === null) {
          expect(federal.flat()).toEqual([]);
          expect(q.notices).toContain('SMALL_SUPPLIER');
        } else {
          for (const names of federal) expect(names.filter((n) => n !== 'QST')).toHaveLength(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
