import { QueryCounter } from '@fitflow/kit';
import { demoAuth, demoEmma, execute } from '@fitflow/testkit';
import { describe, expect, it } from 'vitest';
import { useFinanceTestBed } from '../../test-bed.js';
import { PUBLISHED_RATES, PUBLISHED_SCOPE } from './tax.fixture.js';

const counter = new QueryCounter();
const bed = useFinanceTestBed(counter);

const QUOTE = `query($input: TaxQuoteInput!) {
  taxQuote(input: $input) {
    subtotal total lineTaxes
    taxes { tax jurisdiction rate base amount name }
    notices { code message }
  }
}`;

const REGISTERED = { gstHstNumber: '123456782 RT0001', qstNumber: '1234567890 TQ0001', pstNumbers: [{ province: 'BC', number: 'PST-1234-5678' }] };
const ontario = (lines: { amount: string; kind: string; category?: string | null }[], supplier: object = REGISTERED) => ({
  input: { supplier, placeOfSupply: 'ON', date: '2026-01-15', lines },
});
const CLASS_AND_TRAINING = [
  { amount: '100.00', kind: 'SERVICE', category: 'group' },
  { amount: '33.33', kind: 'SERVICE', category: 'individual' },
];

const quoteAs = async (email: string | null, variables: object) =>
  execute(bed.server, QUOTE, variables as Record<string, unknown>, email ? await demoAuth(email) : undefined);

describe('taxQuote', () => {
  // First in the file: the process has not read the rate table yet.
  it('reads the rate table once, however many quotes a request asks for, and not again for the next request', async () => {
    counter.reset();
    const twoQuotes = `query($a: TaxQuoteInput!, $b: TaxQuoteInput!) { a: taxQuote(input: $a) { total } b: taxQuote(input: $b) { total } }`;
    const first = await execute(
      bed.server,
      twoQuotes,
      { a: ontario(CLASS_AND_TRAINING).input, b: { ...ontario(CLASS_AND_TRAINING).input, placeOfSupply: 'AB' } },
      await demoAuth('maya@fitflow.demo'),
    );
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({ a: { total: '150.66' }, b: { total: '140.00' } });
    expect(counter.statements.filter((s) => s.includes('finance.tax_rates'))).toHaveLength(1);
    expect(counter.statements.filter((s) => s.includes('finance.tax_applicability'))).toHaveLength(1);

    counter.reset();
    const second = await quoteAs('liam@fitflow.demo', ontario(CLASS_AND_TRAINING));
    expect(second.errors).toBeUndefined();
    expect(counter.count).toBe(0);
  });

  it('gives a trainer an Ontario quote: HST 13 % on the sum of the lines, rounded once, half-up', async () => {
    const result = await quoteAs('liam@fitflow.demo', ontario(CLASS_AND_TRAINING));
    expect(result.errors).toBeUndefined();
    expect(result.data!.taxQuote).toEqual({
      subtotal: '133.33',
      taxes: [{ tax: 'HST', jurisdiction: 'ON', rate: '0.13', base: '133.33', amount: '17.33', name: 'HST (Ontario) 13 %' }],
      total: '150.66',
      lineTaxes: [['HST'], ['HST']],
      notices: [],
    });
  });

  it('quotes for every trainer role, and refuses clients and studio admins', async () => {
    for (const email of ['maya@fitflow.demo', 'noah@fitflow.demo', 'admin@fitflow.demo']) {
      const result = await quoteAs(email, ontario(CLASS_AND_TRAINING));
      expect(result.errors, email).toBeUndefined();
      expect(result.data!.taxQuote.total, email).toBe('150.66');
    }
    for (const email of [demoEmma().email!, 'studio@harbourfront.demo']) {
      const result = await quoteAs(email, ontario(CLASS_AND_TRAINING));
      expect(result.data?.taxQuote ?? null, email).toBeNull();
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect(result.errors![0]!.message, email).toBe('Only trainers can preview the taxes of an invoice.');
    }
    const anonymous = await quoteAs(null, ontario(CLASS_AND_TRAINING));
    expect(anonymous.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('charges GST and QST on the price before GST in Québec, and says when QST is not charged', async () => {
    const lines = [{ amount: '1000.00', kind: 'SERVICE', category: 'group' }];
    const quebec = { input: { ...ontario(lines).input, placeOfSupply: 'QC' } };
    const registered = await quoteAs('liam@fitflow.demo', quebec);
    expect(registered.data!.taxQuote.taxes.map((t: { name: string; amount: string }) => `${t.name}: ${t.amount}`)).toEqual([
      'GST 5 %: 50.00',
      'QST (Quebec) 9.975 %: 99.75',
    ]);
    expect(registered.data!.taxQuote.total).toBe('1149.75');

    const gstOnly = await quoteAs('liam@fitflow.demo', { input: { ...quebec.input, supplier: { gstHstNumber: '123456782RT0001' } } });
    expect(gstOnly.data!.taxQuote).toMatchObject({
      total: '1050.00',
      notices: [{ code: 'QST_NOT_REGISTERED', message: 'No QST charged: the supplier is not registered for the Quebec sales tax.' }],
    });
  });

  it('tells a small supplier no GST/HST is charged', async () => {
    const result = await quoteAs('liam@fitflow.demo', ontario(CLASS_AND_TRAINING, { gstHstNumber: null }));
    expect(result.data!.taxQuote).toEqual({
      subtotal: '133.33',
      taxes: [],
      total: '133.33',
      lineTaxes: [[], []],
      notices: [{ code: 'SMALL_SUPPLIER', message: 'No GST/HST charged: the supplier is not registered (small supplier).' }],
    });
  });

  it('charges BC PST on goods only, for a supplier with a BC PST number', async () => {
    const lines = [
      { amount: '90.00', kind: 'SERVICE', category: 'individual' },
      { amount: '40.00', kind: 'GOODS', category: 'apparel' },
    ];
    const result = await quoteAs('liam@fitflow.demo', { input: { ...ontario(lines).input, placeOfSupply: 'BC' } });
    expect(result.data!.taxQuote).toMatchObject({
      taxes: [
        { tax: 'GST', jurisdiction: 'CA', base: '130.00', amount: '6.50', name: 'GST 5 %' },
        { tax: 'PST', jurisdiction: 'BC', rate: '0.07', base: '40.00', amount: '2.80', name: 'PST (British Columbia) 7 %' },
      ],
      total: '139.30',
      lineTaxes: [['GST'], ['GST', 'PST']],
    });
  });

  it('applies Nova Scotia 15 % to an invoice dated 2025-03-31 and 14 % from 2025-04-01', async () => {
    const lines = [{ amount: '200.00', kind: 'SERVICE', category: 'group' }];
    const on = async (date: string) =>
      (await quoteAs('liam@fitflow.demo', { input: { ...ontario(lines).input, placeOfSupply: 'NS', date } })).data!.taxQuote.taxes[0];
    expect(await on('2025-03-31')).toMatchObject({ rate: '0.15', amount: '30.00', name: 'HST (Nova Scotia) 15 %' });
    expect(await on('2025-04-01')).toMatchObject({ rate: '0.14', amount: '28.00', name: 'HST (Nova Scotia) 14 %' });
  });

  it('refuses a malformed GST number, naming input.supplier.gstHstNumber', async () => {
    const result = await quoteAs('liam@fitflow.demo', ontario(CLASS_AND_TRAINING, { gstHstNumber: '123456789 RT0001' }));
    expect(result.data?.taxQuote ?? null).toBeNull();
    expect(result.errors![0]).toMatchObject({
      message: 'input.supplier.gstHstNumber: the business number\'s check digit does not match: check for a typo (e.g. "123456782 RT0001").',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.supplier.gstHstNumber' },
    });
    const shape = await quoteAs('liam@fitflow.demo', ontario(CLASS_AND_TRAINING, { gstHstNumber: '12345 RT0001', qstNumber: null }));
    expect(shape.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.supplier.gstHstNumber' });
  });

  it('refuses sub-cent and negative amounts, naming the field', async () => {
    const subCent = await quoteAs('liam@fitflow.demo', ontario([{ amount: '10.005', kind: 'SERVICE' }]));
    expect(subCent.data ?? null).toBeNull();
    expect(subCent.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect(subCent.errors![0]!.message).toMatch(/^amount must be an amount with at most two decimals/);

    const negative = await quoteAs('liam@fitflow.demo', ontario([...CLASS_AND_TRAINING, { amount: '-5.00', kind: 'GOODS' }]));
    expect(negative.errors![0]).toMatchObject({
      message: 'input.lines[2].amount must not be negative: a refund is a credit note, whose amounts are positive.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.lines[2].amount' },
    });
  });

  it('refuses other bad input, naming the field', async () => {
    const early = await quoteAs('liam@fitflow.demo', { input: { ...ontario(CLASS_AND_TRAINING).input, date: '2009-12-31' } });
    expect(early.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.date' });
    const twice = await quoteAs('liam@fitflow.demo', {
      input: {
        ...ontario(CLASS_AND_TRAINING).input,
        supplier: {
          ...REGISTERED,
          pstNumbers: [
            { province: 'BC', number: 'A' },
            { province: 'BC', number: 'B' },
          ],
        },
      },
    });
    expect(twice.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.supplier.pstNumbers[1].province' });
    const blank = await quoteAs('liam@fitflow.demo', {
      input: {
        ...ontario(CLASS_AND_TRAINING).input,
        supplier: {
          ...REGISTERED,
          pstNumbers: [
            { province: 'SK', number: '1' },
            { province: 'BC', number: ' ' },
          ],
        },
      },
    });
    expect(blank.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.supplier.pstNumbers[1].number' });
    const tooMany = await quoteAs('liam@fitflow.demo', ontario(Array.from({ length: 501 }, () => ({ amount: '1.00', kind: 'SERVICE' }))));
    expect(tooMany.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lines' });
  });
});

describe('the rate table', () => {
  it('holds exactly the published rates and PST/RST scope (docs/tax.md), each with its source', async () => {
    const rates: { jurisdiction: string; tax: string; rate: string; effective_from: string; effective_until: string | null; source: string }[] =
      await bed.owner.query(
        `select jurisdiction, tax, rate::text, effective_from::text, effective_until::text, source from finance.tax_rates order by jurisdiction, tax, effective_from`,
      );
    const expected = PUBLISHED_RATES.map((r) => [r.jurisdiction, r.tax, r.rate.toFixed(5), r.effectiveFrom, r.effectiveUntil]);
    expect(rates.map((r) => [r.jurisdiction, r.tax, r.rate, r.effective_from, r.effective_until])).toEqual(
      expected.sort((a, b) => `${a[0]}${a[1]}${a[3]}`.localeCompare(`${b[0]}${b[1]}${b[3]}`)),
    );
    for (const row of rates) expect(row.source.length, `${row.jurisdiction} ${row.tax}`).toBeGreaterThan(40);

    const scope: { province: string; kind: string; category: string; taxable: boolean; effective_from: string }[] = await bed.owner.query(
      `select province, kind, category, taxable, effective_from::text from finance.tax_applicability where effective_until is null order by province, kind, category`,
    );
    const expectedScope = PUBLISHED_SCOPE.map((r) => [r.province, r.kind, r.category, r.taxable, r.effectiveFrom]).sort((a, b) =>
      `${a[0]} ${a[1]} ${a[2]}`.localeCompare(`${b[0]} ${b[1]} ${b[2]}`),
    );
    expect(scope.map((r) => [r.province, r.kind, r.category, r.taxable, r.effective_from])).toEqual(expectedScope);
  });

  it('refuses a second rate for the same tax and days, and the application may not write rates at all', async () => {
    await expect(
      bed.owner.query(
        `insert into finance.tax_rates (jurisdiction, tax, rate, effective_from, source) values ('NS', 'HST', 0.13, '2026-01-01', 'overlaps the 14 % row')`,
      ),
    ).rejects.toThrow(/tax_rates_no_overlap/);
    await expect(
      bed.ds.query(
        `insert into finance.tax_rates (jurisdiction, tax, rate, effective_from, source) values ('AB', 'PST', 0.05, '2030-01-01', 'not a migration')`,
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(bed.ds.query(`update finance.tax_rates set rate = 0.20 where jurisdiction = 'ON'`)).rejects.toThrow(/permission denied/);
    await expect(bed.ds.query(`delete from finance.tax_applicability`)).rejects.toThrow(/permission denied/);
  });
});
