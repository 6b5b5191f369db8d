import { describe, expect, it } from 'vitest';
import { moneyInput, withDays, withLabels } from '../src/lib/forms';
import { bucketOf, payablesCsv, payablesFileName, payablesRows } from '../src/lib/payables';
import { parseQuarterKey, periodLabel, quarterDays, quarterKey, quarterLabel, quarterOf, recentQuarters, shiftQuarter } from '../src/lib/quarters';
import { locationsOf } from '../src/routes/studio/StudioInvoicesRoute';
import { billingInputOf, formFieldOf } from '../src/routes/trainer/BillingProfileRoute';

describe('calendar quarters', () => {
  it('names the quarter of a day, its first and last day, and the quarters around it across a year', () => {
    expect(quarterOf('2026-12-01')).toEqual({ year: 2026, quarter: 4 });
    expect(quarterOf('2026-03-31')).toEqual({ year: 2026, quarter: 1 });
    expect(shiftQuarter({ year: 2026, quarter: 1 }, -1)).toEqual({ year: 2025, quarter: 4 });
    expect(shiftQuarter({ year: 2025, quarter: 4 }, 1)).toEqual({ year: 2026, quarter: 1 });
    expect(quarterDays({ year: 2026, quarter: 3 })).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(quarterDays({ year: 2024, quarter: 1 })).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(quarterDays({ year: 2026, quarter: 4 })).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(recentQuarters('2026-02-10', 3).map(quarterKey)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
  });

  it('reads and writes a quarter in an address, and labels it as people read it', () => {
    expect(parseQuarterKey('2026-Q3')).toEqual({ year: 2026, quarter: 3 });
    for (const bad of ['2026-Q5', '2026-q3', 'Q3', '', null]) expect(parseQuarterKey(bad)).toBeNull();
    expect(quarterLabel({ year: 2026, quarter: 3 })).toBe('Q3 2026 (Jul 1 – Sep 30)');
    expect(periodLabel('2026-07-01', '2026-09-30')).toBe('Jul 1 – Sep 30, 2026');
    expect(periodLabel('2025-12-01', '2026-01-31')).toBe('Dec 1, 2025 – Jan 31, 2026');
  });
});

describe('amounts typed into the money forms', () => {
  it('reads dollars as typed into the API’s two-decimal form, exactly, and refuses what is not an amount in cents', () => {
    expect(moneyInput('120')).toBe('120.00');
    expect(moneyInput(' 120.5 ')).toBe('120.50');
    expect(moneyInput('1,234.56')).toBe('1234.56');
    expect(moneyInput('$12')).toBe('12.00');
    expect(moneyInput('0.07')).toBe('0.07');
    expect(moneyInput('007.10')).toBe('7.10');
    expect(moneyInput('12345678901234567.89')).toBe('12345678901234567.89');
    expect(moneyInput('-5')).toBe('-5.00');
    for (const bad of ['', 'abc', '12.345', '1e3', '12,34', '1.2.3', '12 .5x']) expect(moneyInput(bad), bad).toBeNull();
  });

  it('words the API’s messages with the form’s own field names and days', () => {
    const labels = { gstHstPaid: 'GST/HST paid', amountBeforeTax: 'the amount before tax', qstPaid: 'QST paid' };
    expect(withLabels('gstHstPaid must be at most 15 % of amountBeforeTax (18.00 CAD).', labels)).toBe(
      'GST/HST paid must be at most 15 % of the amount before tax (18.00 CAD).',
    );
    expect(withLabels('qstPaid must be 0 outside Québec.', labels)).toBe('QST paid must be 0 outside Québec.');
    // A name inside a longer word or a path is not a field name of the form.
    expect(withLabels('input.qstPaid and qstPaidTotal stay.', labels)).toBe('Input.qstPaid and qstPaidTotal stay.');
    // A label is never read again as a field name.
    expect(withLabels('input.amount (1.01 CAD) is more than the balance due.', { 'input.amount': 'the amount', amount: 'the amount' })).toBe(
      'The amount (1.01 CAD) is more than the balance due.',
    );
    expect(withDays('New rates cannot apply before the contract starts (2025-09-01).')).toBe(
      'New rates cannot apply before the contract starts (Sep 1, 2025).',
    );
  });
});

describe('the billing profile form', () => {
  const values = {
    businessName: ' ',
    street: '401 Richmond St W',
    line2: '',
    city: 'Toronto',
    province: 'ON' as const,
    postalCode: 'm5v3a8',
    gstHstNumber: '812345676 RT0001',
    qstNumber: '',
    pst_BC: '',
    pst_SK: '1234567',
    pst_MB: '123456-7',
    invoicePrefix: '',
  };

  it('sends every field (blank clears it) and the PST/RST numbers given, in BC, SK, MB order', () => {
    const { input, pstOrder } = billingInputOf(values);
    expect(input).toEqual({
      businessName: null,
      address: { street: '401 Richmond St W', line2: null, city: 'Toronto', province: 'ON', postalCode: 'm5v3a8' },
      gstHstNumber: '812345676 RT0001',
      qstNumber: null,
      pstNumbers: [
        { province: 'SK', number: '1234567' },
        { province: 'MB', number: '123456-7' },
      ],
      invoicePrefix: null,
    });
    expect(pstOrder).toEqual(['SK', 'MB']);
    expect(billingInputOf({ ...values, street: '', city: '', postalCode: '', province: '' }).input.address).toBeNull();
  });

  it('puts the API’s message beside the field it names', () => {
    expect(formFieldOf('gstHstNumber', [])).toBe('gstHstNumber');
    expect(formFieldOf('address.postalCode', [])).toBe('postalCode');
    expect(formFieldOf('pstNumbers[1].number', ['SK', 'MB'])).toBe('pst_MB');
    expect(formFieldOf('pstNumbers[2].number', ['SK', 'MB'])).toBeNull();
    expect(formFieldOf('trainerId', [])).toBeNull();
  });
});

describe('a studio’s payables export', () => {
  const trainers = [
    {
      trainer: { displayName: 'Sofia Rossi' },
      invoices: [
        { ageDays: 95, balanceDue: '100.10', invoice: { invoiceDate: '2026-08-28' } },
        { ageDays: 61, balanceDue: '1234.5', invoice: { invoiceDate: '2026-10-01' } },
        { ageDays: 45, balanceDue: '0.20', invoice: { invoiceDate: '2026-10-17' } },
      ],
    },
    { trainer: { displayName: 'Maya "MC" Chen, CPT' }, invoices: [{ ageDays: 0, balanceDue: '2034.00', invoice: { invoiceDate: '2026-12-01' } }] },
  ];

  it('buckets ages as the API does (0–30, 31–60, 61–90, over 90 days)', () => {
    expect([0, 30, 31, 60, 61, 90, 91].map(bucketOf)).toEqual(['days0To30', 'days0To30', 'days31To60', 'days31To60', 'days61To90', 'days61To90', 'over90']);
  });

  it('has one row per trainer and month, amounts summed in cents and split by each invoice’s own age', () => {
    const rows = payablesRows(trainers);
    expect(rows.map((r) => [r.trainer, r.month, r.invoices, r.owed])).toEqual([
      ['Sofia Rossi', '2026-08', 1, 10010n],
      ['Sofia Rossi', '2026-10', 2, 123470n],
      ['Maya "MC" Chen, CPT', '2026-12', 1, 203400n],
    ]);
    expect(rows[1].byAge).toEqual({ days0To30: 0n, days31To60: 20n, days61To90: 123450n, over90: 0n });
  });

  it('writes a CSV spreadsheets open right: a byte order mark, a header, plain two-decimal amounts, quoted names, CRLF', () => {
    const csv = payablesCsv(payablesRows(trainers));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Trainer,Month,Invoices,Owed (CAD),0–30 days (CAD),31–60 days (CAD),61–90 days (CAD),Over 90 days (CAD)',
      'Sofia Rossi,2026-08,1,100.10,0.00,0.00,0.00,100.10',
      'Sofia Rossi,2026-10,2,1234.70,0.00,0.20,1234.50,0.00',
      '"Maya ""MC"" Chen, CPT",2026-12,1,2034.00,2034.00,0.00,0.00,0.00',
      '',
    ]);
    // A name that a spreadsheet would run as a formula is written as text.
    expect(payablesCsv(payablesRows([{ trainer: { displayName: '=HYPERLINK("x")' }, invoices: trainers[1].invoices }]))).toContain('"\'=HYPERLINK(""x"")"');
  });

  it('names the file after the studio and the as-of day', () => {
    expect(payablesFileName('Harbourfront Movement', '2026-12-01')).toBe('payables-harbourfront-movement-2026-12-01.csv');
    expect(payablesFileName('Studio Élan — Montréal', '2026-12-01')).toBe('payables-studio-elan-montreal-2026-12-01.csv');
  });
});

describe('a received invoice’s locations', () => {
  const item = (name: string | null) => ({
    __typename: 'InvoiceItem' as const,
    id: name ?? 'none',
    location: name ? { __typename: 'Studio' as const, id: name, name } : null,
  });

  it('names the studio billed and, for a consolidated invoice, its other locations without the name they share', () => {
    const studio = { __typename: 'Studio' as const, id: 'hq', name: 'Harbourfront Movement' };
    expect(
      locationsOf({ studio, items: [item('Harbourfront Movement'), item('Harbourfront Movement Midtown'), item('Harbourfront Movement Midtown')] }),
    ).toEqual({
      billed: 'Harbourfront Movement',
      others: ['Midtown'],
    });
    expect(locationsOf({ studio, items: [item(null), item('Kitsilano Flow Studio')] })).toEqual({
      billed: 'Harbourfront Movement',
      others: ['Kitsilano Flow Studio'],
    });
    expect(locationsOf({ studio, items: [] })).toEqual({ billed: 'Harbourfront Movement', others: [] });
  });
});
