import { Decimal, type Province } from '@fitflow/kit';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  noticeMessage,
  quoteTaxes,
  taxChargeName,
  TaxRateTable,
  type SupplierRegistrations,
  type SupplyKind,
  type TaxableLine,
  type TaxQuote,
  type TaxQuoteInput,
} from './tax.engine.js';
import { PUBLISHED_RATES, PUBLISHED_SCOPE, publishedTable } from './tax.fixture.js';

const table = publishedTable();

/** Registered for everything FitFlow knows: GST/HST, QST, and PST/RST in BC, SK and MB. */
const REGISTERED: SupplierRegistrations = {
  gstHstNumber: '123456782 RT0001',
  qstNumber: '1234567890 TQ0001',
  pstNumbers: { BC: 'PST-1234-5678', SK: '1234567', MB: '123456-7' },
};
const SMALL_SUPPLIER: SupplierRegistrations = { gstHstNumber: null, qstNumber: null, pstNumbers: {} };

const line = (amount: string, kind: SupplyKind = 'SERVICE', category: string | null = 'group'): TaxableLine => ({
  amount: new Decimal(amount),
  kind,
  category,
});

function quote(placeOfSupply: Province, taxPoint: string, lines: TaxableLine[], supplier = REGISTERED, rates = table): TaxQuote {
  return quoteTaxes({ supplier, placeOfSupply, taxPoint, lines }, rates);
}

/** What a person reads on the invoice: each tax's name, base and amount, the total. */
function printed(q: TaxQuote) {
  return {
    subtotal: q.subtotal.toFixed(2),
    taxes: q.taxes.map((t) => `${taxChargeName(t)} on ${t.base.toFixed(2)} = ${t.amount.toFixed(2)}`),
    total: q.total.toFixed(2),
    notices: q.notices,
  };
}

function refusal(work: () => unknown) {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const { extensions, message } = error as GraphQLError;
    return { code: extensions.code, field: extensions.field, message };
  }
  throw new Error('expected a refusal');
}

/**
 * One class (100.00) and a T-shirt (40.00), registered for everything, on each side of the Nova
 * Scotia HST change — every jurisdiction, with the publication each expectation comes from.
 */
const JURISDICTIONS: { province: Province; before: string[]; after: string[]; total: [string, string]; source: string }[] = [
  { province: 'AB', before: ['GST 5 % on 140.00 = 7.00'], after: ['GST 5 % on 140.00 = 7.00'], total: ['147.00', '147.00'], source: 'ETA s. 165(1): GST only' },
  {
    province: 'BC',
    before: ['GST 5 % on 140.00 = 7.00', 'PST (British Columbia) 7 % on 40.00 = 2.80'],
    after: ['GST 5 % on 140.00 = 7.00', 'PST (British Columbia) 7 % on 40.00 = 2.80'],
    total: ['149.80', '149.80'],
    source: 'ETA s. 165(1); BC Provincial Sales Tax Act, Bulletin PST 138: goods taxed, fitness services not',
  },
  {
    province: 'MB',
    before: ['GST 5 % on 140.00 = 7.00', 'RST (Manitoba) 7 % on 40.00 = 2.80'],
    after: ['GST 5 % on 140.00 = 7.00', 'RST (Manitoba) 7 % on 40.00 = 2.80'],
    total: ['149.80', '149.80'],
    source: 'ETA s. 165(1); Manitoba Information Bulletin No. 030: goods taxed, services only where named',
  },
  {
    province: 'NB',
    before: ['HST (New Brunswick) 15 % on 140.00 = 21.00'],
    after: ['HST (New Brunswick) 15 % on 140.00 = 21.00'],
    total: ['161.00', '161.00'],
    source: 'ETA Schedule VIII: 15 % since 2016-07-01',
  },
  {
    province: 'NL',
    before: ['HST (Newfoundland and Labrador) 15 % on 140.00 = 21.00'],
    after: ['HST (Newfoundland and Labrador) 15 % on 140.00 = 21.00'],
    total: ['161.00', '161.00'],
    source: 'ETA Schedule VIII: 15 % since 2016-07-01',
  },
  {
    province: 'NS',
    before: ['HST (Nova Scotia) 15 % on 140.00 = 21.00'],
    after: ['HST (Nova Scotia) 14 % on 140.00 = 19.60'],
    total: ['161.00', '159.60'],
    source: 'Nova Scotia Transitional Rules for the April 1, 2025 HST Rate Decrease: 14 % when due on or after 2025-04-01',
  },
  { province: 'NT', before: ['GST 5 % on 140.00 = 7.00'], after: ['GST 5 % on 140.00 = 7.00'], total: ['147.00', '147.00'], source: 'ETA s. 165(1): GST only' },
  { province: 'NU', before: ['GST 5 % on 140.00 = 7.00'], after: ['GST 5 % on 140.00 = 7.00'], total: ['147.00', '147.00'], source: 'ETA s. 165(1): GST only' },
  {
    province: 'ON',
    before: ['HST (Ontario) 13 % on 140.00 = 18.20'],
    after: ['HST (Ontario) 13 % on 140.00 = 18.20'],
    total: ['158.20', '158.20'],
    source: 'ETA Schedule VIII: 13 % since 2010-07-01',
  },
  {
    province: 'PE',
    before: ['HST (Prince Edward Island) 15 % on 140.00 = 21.00'],
    after: ['HST (Prince Edward Island) 15 % on 140.00 = 21.00'],
    total: ['161.00', '161.00'],
    source: 'ETA Schedule VIII: 15 % since 2016-10-01',
  },
  {
    province: 'QC',
    before: ['GST 5 % on 140.00 = 7.00', 'QST (Quebec) 9.975 % on 140.00 = 13.97'],
    after: ['GST 5 % on 140.00 = 7.00', 'QST (Quebec) 9.975 % on 140.00 = 13.97'],
    total: ['160.97', '160.97'],
    source: 'Revenu Québec, Calculating the GST and QST: QST 9.975 % on the price before GST (13.965 → 13.97)',
  },
  {
    province: 'SK',
    before: ['GST 5 % on 140.00 = 7.00', 'PST (Saskatchewan) 6 % on 40.00 = 2.40'],
    after: ['GST 5 % on 140.00 = 7.00', 'PST (Saskatchewan) 6 % on 40.00 = 2.40'],
    total: ['149.40', '149.40'],
    source: 'Saskatchewan PST 6 %; fitness exempt (2022-23 First Quarter Financial Report affordability plan)',
  },
  { province: 'YT', before: ['GST 5 % on 140.00 = 7.00'], after: ['GST 5 % on 140.00 = 7.00'], total: ['147.00', '147.00'], source: 'ETA s. 165(1): GST only' },
];

describe('the tax of a class and a T-shirt in every province and territory, on both sides of 2025-04-01', () => {
  const lines = [line('100.00', 'SERVICE', 'group'), line('40.00', 'GOODS', 'apparel')];

  it('covers all 13 jurisdictions', () => {
    expect(JURISDICTIONS.map((j) => j.province).sort()).toEqual(['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT']);
  });

  for (const { province, before, after, total, source } of JURISDICTIONS) {
    it(`${province}: ${source}`, () => {
      const onMarch31 = printed(quote(province, '2025-03-31', lines));
      const onApril1 = printed(quote(province, '2025-04-01', lines));
      expect(onMarch31).toEqual({ subtotal: '140.00', taxes: before, total: total[0], notices: [] });
      expect(onApril1).toEqual({ subtotal: '140.00', taxes: after, total: total[1], notices: [] });
    });
  }
});

describe('the rate in force on the tax point (the invoice date)', () => {
  it('charges Nova Scotia 15 % up to 2025-03-31 and 14 % from 2025-04-01', () => {
    const nsHst = (day: string) => quote('NS', day, [line('1000.00')]).taxes.map((t) => [t.rate.toFixed(), t.amount.toFixed(2)]);
    expect(nsHst('2010-07-01')).toEqual([['0.15', '150.00']]);
    expect(nsHst('2025-03-31')).toEqual([['0.15', '150.00']]);
    expect(nsHst('2025-04-01')).toEqual([['0.14', '140.00']]);
    expect(nsHst('2031-01-01')).toEqual([['0.14', '140.00']]);
  });

  it('refuses a tax point before the rate table covers the province, rather than guessing', () => {
    expect(refusal(() => quote('ON', '2010-06-30', [line('10.00')]))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'taxPoint',
      message: "taxPoint is before the first day FitFlow's rate table covers for Ontario (2010-07-01).",
    });
    expect(refusal(() => quote('MB', '2019-06-30', [line('10.00')])).field).toBe('taxPoint');
    expect(refusal(() => quote('AB', '2007-12-31', [line('10.00')])).message).toContain('(2008-01-01)');
    expect(quote('MB', '2019-07-01', [line('10.00', 'GOODS', null)]).taxes.map((t) => t.tax)).toEqual(['GST', 'RST']);
  });

  it('refuses a tax point that is not a calendar date', () => {
    for (const day of ['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', '', '0000-01-01']) {
      expect(
        refusal(() => quote('ON', day, [line('10.00')])),
        day,
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'taxPoint' });
    }
  });
});

describe('small suppliers', () => {
  it('charge no GST/HST and say so on the invoice', () => {
    const q = quote('ON', '2026-01-15', [line('250.00')], SMALL_SUPPLIER);
    expect(printed(q)).toEqual({ subtotal: '250.00', taxes: [], total: '250.00', notices: ['SMALL_SUPPLIER'] });
    expect(q.lineTaxes).toEqual([[]]);
    expect(noticeMessage('SMALL_SUPPLIER', 'ON')).toBe('No GST/HST charged: the supplier is not registered (small supplier).');
  });

  it('charge no QST in Québec either, even with a QST number (no GST/HST number means unregistered)', () => {
    const q = quote('QC', '2026-01-15', [line('100.00')], { ...SMALL_SUPPLIER, qstNumber: '1234567890 TQ0001' });
    expect(printed(q).taxes).toEqual([]);
    expect(q.notices).toEqual(['SMALL_SUPPLIER']);
  });

  it('still charge PST on goods where they hold a PST number: PST does not depend on GST registration', () => {
    const q = quote('BC', '2026-01-15', [line('100.00'), line('40.00', 'GOODS', 'equipment')], { ...SMALL_SUPPLIER, pstNumbers: { BC: 'PST-1234-5678' } });
    expect(printed(q)).toEqual({ subtotal: '140.00', taxes: ['PST (British Columbia) 7 % on 40.00 = 2.80'], total: '142.80', notices: ['SMALL_SUPPLIER'] });
    expect(q.lineTaxes).toEqual([[], ['PST']]);
  });
});

describe('Québec: GST and QST', () => {
  it('charges QST on the price before GST, not on the price with GST', () => {
    const q = quote('QC', '2026-01-15', [line('1000.00')]);
    expect(printed(q).taxes).toEqual(['GST 5 % on 1000.00 = 50.00', 'QST (Quebec) 9.975 % on 1000.00 = 99.75']);
    expect(q.total.toFixed(2)).toBe('1149.75');
    expect(q.lineTaxes).toEqual([['GST', 'QST']]);
  });

  it('charges a GST registrant without a QST number GST only, with a notice', () => {
    const q = quote('QC', '2026-01-15', [line('1000.00')], { ...REGISTERED, qstNumber: null });
    expect(printed(q)).toEqual({ subtotal: '1000.00', taxes: ['GST 5 % on 1000.00 = 50.00'], total: '1050.00', notices: ['QST_NOT_REGISTERED'] });
    expect(noticeMessage('QST_NOT_REGISTERED', 'QC')).toBe('No QST charged: the supplier is not registered for the Quebec sales tax.');
  });

  it('charges no QST outside Québec, whatever the registrations', () => {
    expect(printed(quote('ON', '2026-01-15', [line('100.00')])).taxes).toEqual(['HST (Ontario) 13 % on 100.00 = 13.00']);
    expect(printed(quote('AB', '2026-01-15', [line('100.00')])).taxes).toEqual(['GST 5 % on 100.00 = 5.00']);
  });
});

describe('PST and RST', () => {
  const mixed = [line('90.00', 'SERVICE', 'individual'), line('25.00', 'GOODS', 'apparel'), line('55.00', 'SERVICE', 'group'), line('15.00', 'GOODS', null)];

  it('apply only to the lines the province taxes: goods, not fitness services', () => {
    for (const [province, name, rate, amount] of [
      ['BC', 'PST (British Columbia) 7 %', 'PST', '2.80'],
      ['SK', 'PST (Saskatchewan) 6 %', 'PST', '2.40'],
      ['MB', 'RST (Manitoba) 7 %', 'RST', '2.80'],
    ] as const) {
      const q = quote(province, '2026-01-15', mixed);
      expect(printed(q).taxes, province).toEqual(['GST 5 % on 185.00 = 9.25', `${name} on 40.00 = ${amount}`]);
      expect(q.lineTaxes, province).toEqual([['GST'], ['GST', rate], ['GST'], ['GST', rate]]);
    }
  });

  it('are not charged by a supplier without the province’s number, with a notice when a line would bear them', () => {
    const unregistered = { ...REGISTERED, pstNumbers: {} };
    const q = quote('BC', '2026-01-15', mixed, unregistered);
    expect(printed(q)).toEqual({ subtotal: '185.00', taxes: ['GST 5 % on 185.00 = 9.25'], total: '194.25', notices: ['PST_NOT_REGISTERED'] });
    expect(noticeMessage('PST_NOT_REGISTERED', 'BC')).toBe('No PST charged: the supplier is not registered for British Columbia PST.');
    expect(noticeMessage('PST_NOT_REGISTERED', 'MB')).toBe('No RST charged: the supplier is not registered for Manitoba RST.');
    // services only: nothing would bear PST, so nothing to say
    expect(quote('BC', '2026-01-15', [line('90.00', 'SERVICE', 'individual')], unregistered).notices).toEqual([]);
  });

  it('are not charged with another province’s number', () => {
    const q = quote('SK', '2026-01-15', [line('40.00', 'GOODS', 'apparel')], { ...REGISTERED, pstNumbers: { BC: 'PST-1234-5678' } });
    expect(printed(q).taxes).toEqual(['GST 5 % on 40.00 = 2.00']);
    expect(q.notices).toEqual(['PST_NOT_REGISTERED']);
  });

  it('read categories trimmed and in any case', () => {
    const q = quote('SK', '2026-01-15', [line('10.00', 'SERVICE', ' Group '), line('10.00', 'GOODS', 'APPAREL'), line('10.00', 'SERVICE', '')]);
    expect(q.lineTaxes).toEqual([['GST'], ['GST', 'PST'], ['GST']]);
  });

  it('follow the applicability rows, not code: a category row overrides the province’s `*` row', () => {
    const booksExempt = new TaxRateTable(PUBLISHED_RATES, [
      ...PUBLISHED_SCOPE,
      { province: 'BC', kind: 'GOODS', category: 'books', taxable: false, effectiveFrom: '2013-04-01', effectiveUntil: null, source: 'test' },
      { province: 'BC', kind: 'SERVICE', category: 'massage', taxable: true, effectiveFrom: '2026-01-01', effectiveUntil: null, source: 'test' },
    ]);
    const lines = [line('20.00', 'GOODS', 'books'), line('20.00', 'GOODS', 'apparel'), line('50.00', 'SERVICE', 'massage')];
    expect(quote('BC', '2026-01-15', lines, REGISTERED, booksExempt).lineTaxes).toEqual([['GST'], ['GST', 'PST'], ['GST', 'PST']]);
    expect(quote('BC', '2025-12-31', lines, REGISTERED, booksExempt).lineTaxes).toEqual([['GST'], ['GST', 'PST'], ['GST']]);
  });

  it('give way to HST when a province harmonizes: a new row, no code', () => {
    const harmonized = new TaxRateTable(
      [
        ...PUBLISHED_RATES.map((r) => (r.jurisdiction === 'BC' ? { ...r, effectiveUntil: '2027-06-30' } : r)),
        { jurisdiction: 'BC', tax: 'HST', rate: new Decimal('0.12'), effectiveFrom: '2027-07-01', effectiveUntil: null, source: 'test' },
      ],
      PUBLISHED_SCOPE,
    );
    const lines = [line('100.00'), line('40.00', 'GOODS', 'apparel')];
    expect(printed(quote('BC', '2027-06-30', lines, REGISTERED, harmonized)).taxes).toEqual([
      'GST 5 % on 140.00 = 7.00',
      'PST (British Columbia) 7 % on 40.00 = 2.80',
    ]);
    expect(printed(quote('BC', '2027-07-01', lines, REGISTERED, harmonized)).taxes).toEqual(['HST (British Columbia) 12 % on 140.00 = 16.80']);
  });
});

describe('rounding', () => {
  it('rounds each tax half-up to the cent (half a cent goes up, not to even)', () => {
    // 0.50 × 13 % = 0.065 → 0.07; 0.10 × 5 % = 0.005 → 0.01; 33.33 × 13 % = 4.3329 → 4.33
    expect(printed(quote('ON', '2026-01-15', [line('0.50')])).taxes).toEqual(['HST (Ontario) 13 % on 0.50 = 0.07']);
    expect(printed(quote('AB', '2026-01-15', [line('0.10')])).taxes).toEqual(['GST 5 % on 0.10 = 0.01']);
    expect(printed(quote('ON', '2026-01-15', [line('33.33')])).taxes).toEqual(['HST (Ontario) 13 % on 33.33 = 4.33']);
    // 10.00 × 9.975 % = 0.9975 → 1.00
    expect(printed(quote('QC', '2026-01-15', [line('10.00')])).taxes).toEqual(['GST 5 % on 10.00 = 0.50', 'QST (Quebec) 9.975 % on 10.00 = 1.00']);
  });

  it('rounds each tax once, on its base, not line by line', () => {
    // three lines of 0.10: per line 0.005 → 0.01 each (0.03); on the base 0.30 × 5 % = 0.015 → 0.02
    const q = quote('AB', '2026-01-15', [line('0.10'), line('0.10'), line('0.10')]);
    expect(printed(q)).toEqual({ subtotal: '0.30', taxes: ['GST 5 % on 0.30 = 0.02'], total: '0.32', notices: [] });
  });

  it('charges a zero-amount line nothing, and an empty quote nothing', () => {
    expect(printed(quote('ON', '2026-01-15', [line('0.00')]))).toEqual({
      subtotal: '0.00',
      taxes: ['HST (Ontario) 13 % on 0.00 = 0.00'],
      total: '0.00',
      notices: [],
    });
    expect(printed(quote('ON', '2026-01-15', []))).toEqual({ subtotal: '0.00', taxes: [], total: '0.00', notices: [] });
  });
});

describe('bad input', () => {
  const base: TaxQuoteInput = { supplier: REGISTERED, placeOfSupply: 'ON', taxPoint: '2026-01-15', lines: [] };
  const refused = (input: Partial<TaxQuoteInput>) => refusal(() => quoteTaxes({ ...base, ...input }, table));
  const fourLines = (last: TaxableLine) => [line('1.00'), line('2.00'), line('3.00'), last];

  it('refuses negative amounts and fractions of a cent, naming the line', () => {
    expect(refused({ lines: fourLines(line('-5.00')) })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lines[3].amount' });
    expect(refused({ lines: fourLines(line('-5.00')) }).message).toContain('must not be negative');
    expect(refused({ lines: fourLines(line('10.005')) })).toMatchObject({ field: 'lines[3].amount', message: expect.stringContaining('whole cents') });
    expect(refused({ lines: [{ amount: 12.5 as unknown as Decimal, kind: 'SERVICE' }] })).toMatchObject({ field: 'lines[0].amount' });
    expect(refused({ lines: [{ amount: new Decimal(NaN), kind: 'SERVICE' }] })).toMatchObject({ field: 'lines[0].amount' });
  });

  it('refuses more than 500 lines, and totals an invoice cannot hold', () => {
    expect(refused({ lines: Array.from({ length: 501 }, () => line('1.00')) })).toMatchObject({
      field: 'lines',
      message: expect.stringContaining('at most 500 lines (501 given)'),
    });
    expect(quoteTaxes({ ...base, lines: Array.from({ length: 500 }, () => line('1.00')) }, table).total.toFixed(2)).toBe('565.00');
    expect(refused({ lines: [line('99999999.99'), line('0.01')] })).toMatchObject({ field: 'lines' });
    expect(refused({ lines: [line('90000000.00')] })).toMatchObject({ field: 'lines', message: expect.stringContaining('with tax') });
  });

  it('refuses an unknown kind, an over-long category, an unknown province', () => {
    expect(refused({ lines: [{ amount: new Decimal('1.00'), kind: 'LABOUR' as SupplyKind }] })).toMatchObject({ field: 'lines[0].kind' });
    expect(refused({ lines: [line('1.00', 'GOODS', 'x'.repeat(51))] })).toMatchObject({ field: 'lines[0].category' });
    expect(refused({ placeOfSupply: 'XX' as Province })).toMatchObject({ field: 'placeOfSupply' });
  });

  it('refuses malformed registration numbers, naming the field', () => {
    expect(refused({ supplier: { ...REGISTERED, gstHstNumber: '123456789 RT0001' } })).toMatchObject({
      field: 'supplier.gstHstNumber',
      message: expect.stringContaining('check digit does not match: check for a typo'),
    });
    expect(refused({ supplier: { ...REGISTERED, qstNumber: '12345 TQ0001' } })).toMatchObject({ field: 'supplier.qstNumber' });
    expect(refused({ supplier: { ...REGISTERED, pstNumbers: { BC: '  ' } } })).toMatchObject({ field: 'supplier.pstNumbers.BC' });
    expect(refused({ supplier: { ...REGISTERED, pstNumbers: { XX: '1' } as SupplierRegistrations['pstNumbers'] } })).toMatchObject({
      field: 'supplier.pstNumbers',
    });
  });

  it('names fields the caller’s way when asked', () => {
    const error = refusal(() => quoteTaxes({ ...base, lines: fourLines(line('-1.00')) }, table, { field: (path) => `input.${path}` }));
    expect(error).toMatchObject({ field: 'input.lines[3].amount', message: expect.stringMatching(/^input\.lines\[3\]\.amount must not be negative/) });
    expect(refusal(() => quoteTaxes({ ...base, supplier: { ...REGISTERED, gstHstNumber: 'nope' } }, table, { field: (path) => `input.${path}` })).field).toBe(
      'input.supplier.gstHstNumber',
    );
  });
});
