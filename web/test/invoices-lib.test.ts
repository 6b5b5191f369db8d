import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import {
  describeGeneration,
  fieldErrorOf,
  formatPeriod,
  groupLinesByLocation,
  invoiceStatusLabel,
  lineAmountCents,
  monthPeriod,
  parseMoneyInput,
  parseQuantityInput,
  periodProblem,
  previousMonth,
  revenueByPayerByMonth,
} from '../src/lib/invoices';

describe('the invoice screens’ words', () => {
  it('says statuses as people say them', () => {
    expect(['DRAFT', 'ISSUED', 'SENT', 'PARTIALLY_PAID', 'PAID', 'OVERDUE', 'VOID'].map(invoiceStatusLabel)).toEqual([
      'Draft',
      'Issued',
      'Sent',
      'Partly paid',
      'Paid',
      'Overdue',
      'Void',
    ]);
  });

  it('says what a generation did: drafts created and updated, sessions added, sessions skipped and why', () => {
    expect(describeGeneration({ invoicesCreated: 2, sessionsAdded: 15, invoices: [{}, {}], skipped: [] })).toBe('2 drafts created; 15 sessions added.');
    expect(
      describeGeneration({
        invoicesCreated: 1,
        sessionsAdded: 1,
        invoices: [{}, {}],
        skipped: [{ reason: 'NOT_COMPLETED' }, { reason: 'NOT_COMPLETED' }, { reason: 'NO_RATE' }],
      }),
    ).toBe(
      '1 draft created, 1 draft updated; 1 session added. 3 sessions skipped: 2 still scheduled (mark them completed or no-show, then generate again), 1 without a rate in force that day for their category.',
    );
    expect(describeGeneration({ invoicesCreated: 0, sessionsAdded: 0, invoices: [], skipped: [] })).toBe(
      'No drafts created or changed; no new sessions to bill.',
    );
  });
});

describe('the period month-end bills', () => {
  it('is the month before today’s, whole, leap years and year ends included', () => {
    expect(previousMonth('2026-12-01')).toBe('2026-11');
    expect(previousMonth('2027-01-31')).toBe('2026-12');
    expect(monthPeriod('2026-11')).toEqual({ start: '2026-11-01', end: '2026-11-30' });
    expect(monthPeriod('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(monthPeriod('2026-12')).toEqual({ start: '2026-12-01', end: '2026-12-31' });
  });

  it('refuses a period that ends before it starts or is longer than 92 days, as the API would', () => {
    expect(periodProblem('2026-11-01', '2026-11-30')).toBeNull();
    expect(periodProblem('2026-11-30', '2026-11-01')).toMatch(/ends before it starts/);
    expect(periodProblem('2026-01-01', '2026-04-03')).toMatch(/at most 92 days/);
    expect(periodProblem('2026-01-01', '2026-04-02')).toBeNull();
    expect(periodProblem('', '2026-04-02')).toMatch(/both days/);
  });
});

describe('money typed into the invoice forms', () => {
  it('reads dollars as people type them, exactly, never through a float', () => {
    expect(parseMoneyInput('80')).toEqual({ ok: true, value: '80.00' });
    expect(parseMoneyInput(' $1,249.5 ')).toEqual({ ok: true, value: '1249.50' });
    expect(parseMoneyInput('0.1')).toEqual({ ok: true, value: '0.10' });
    expect(parseMoneyInput('12345678901234567.89')).toEqual({ ok: true, value: '12345678901234567.89' });
    expect(parseMoneyInput('0', { allowZero: true })).toEqual({ ok: true, value: '0.00' });
  });

  it('says what is wrong with a sub-cent, negative, zero or malformed amount', () => {
    expect(parseMoneyInput('10.005')).toEqual({ ok: false, problem: expect.stringMatching(/two decimals/) });
    expect(parseMoneyInput('-5')).toEqual({ ok: false, problem: expect.stringMatching(/minus/) });
    expect(parseMoneyInput('0.00')).toEqual({ ok: false, problem: expect.stringMatching(/more than 0.00/) });
    expect(parseMoneyInput('ten')).toEqual({ ok: false, problem: expect.stringMatching(/like 80.00/) });
    expect(parseMoneyInput('')).toEqual({ ok: false, problem: 'Enter an amount.' });
  });

  it('reads quantities of at most two decimals and prices a line half-up to the cent', () => {
    expect(parseQuantityInput('1')).toEqual({ ok: true, value: '1' });
    expect(parseQuantityInput('01.50')).toEqual({ ok: true, value: '1.50' });
    expect(parseQuantityInput('0')).toEqual({ ok: false, problem: expect.stringMatching(/more than 0/) });
    expect(parseQuantityInput('1.255')).toEqual({ ok: false, problem: expect.stringMatching(/two decimals/) });
    expect(lineAmountCents('1.5', '33.33')).toBe(5000n); // 49.995 → 50.00
    expect(lineAmountCents('3', '0.10')).toBe(30n);
    expect(lineAmountCents('0.01', '0.49')).toBe(0n);
  });
});

describe('a consolidated invoice’s lines', () => {
  const hq = { id: 'hq', name: 'Harbourfront Movement' };
  const midtown = { id: 'mt', name: 'Midtown' };
  it('are grouped by location in print order, each group with its exact subtotal', () => {
    const groups = groupLinesByLocation([
      { id: 'a', location: hq, amount: '55.00' },
      { id: 'b', location: hq, amount: '0.10' },
      { id: 'c', location: midtown, amount: '0.20' },
      { id: 'd', location: null, amount: '15.00' },
    ]);
    expect(groups.map((g) => [g.location?.name ?? null, g.lines.map((l) => l.id), g.subtotal])).toEqual([
      ['Harbourfront Movement', ['a', 'b'], '55.10'],
      ['Midtown', ['c'], '0.20'],
      [null, ['d'], '15.00'],
    ]);
  });
});

describe('revenue by studio and month', () => {
  const harbourfront = { id: 'hf', name: 'Harbourfront Movement' };
  const kits = { id: 'kits', name: 'Kitsilano Flow Studio' };
  const invoice = (
    status: string,
    subtotal: string,
    billedTo: typeof harbourfront | null,
    period = ['2026-10-01', '2026-10-31'],
    documentType = 'INVOICE',
  ) => ({
    status,
    documentType,
    subtotal,
    billedTo,
    periodStart: period[0],
    periodEnd: period[1],
  });

  it('adds issued, sent, partly paid, overdue and paid subtotals by studio and month of service, less credit notes; drafts and void ones never', () => {
    const { months, payers } = revenueByPayerByMonth(
      [
        invoice('PAID', '830.00', harbourfront),
        invoice('OVERDUE', '280.00', kits),
        invoice('PARTIALLY_PAID', '0.10', kits),
        invoice('SENT', '0.20', kits),
        invoice('ISSUED', '100.00', null, ['2026-11-03', '2026-11-03']),
        invoice('DRAFT', '960.00', harbourfront, ['2026-11-01', '2026-11-30']),
        invoice('VOID', '500.00', harbourfront, ['2026-11-01', '2026-11-30']),
        invoice('ISSUED', '55.00', harbourfront, ['2026-10-01', '2026-10-31'], 'CREDIT_NOTE'),
      ],
      '2026-12-01',
    );
    expect(months.map((m) => m.month)).toEqual(['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    expect([...payers]).toEqual([
      ['hf', 'Harbourfront Movement'],
      ['kits', 'Kitsilano Flow Studio'],
      ['clients', 'Clients'],
    ]);
    const october = months[3];
    expect(october.byPayer.get('hf')).toBe(77500n);
    expect(october.byPayer.get('kits')).toBe(28030n);
    expect(october.total).toBe(105530n);
    expect(months[4].byPayer.get('clients')).toBe(10000n);
    expect(months[4].byPayer.get('hf')).toBeUndefined();
  });

  it('shares a period across months by its days, in whole cents that add up to the subtotal', () => {
    const { months } = revenueByPayerByMonth([invoice('PAID', '100.00', harbourfront, ['2026-10-30', '2026-11-02'])], '2026-12-01');
    expect(months[3].byPayer.get('hf')).toBe(5000n);
    expect(months[4].byPayer.get('hf')).toBe(5000n);
    const odd = revenueByPayerByMonth([invoice('PAID', '100.00', harbourfront, ['2026-10-31', '2026-11-02'])], '2026-12-01').months;
    expect(odd[3].total + odd[4].total).toBe(10000n);
  });
});

describe('a service period in a list', () => {
  it('is said compactly, with the year once', () => {
    expect(formatPeriod('2026-11-01', '2026-11-30')).toBe('Nov 1–30, 2026');
    expect(formatPeriod('2026-10-30', '2026-11-02')).toBe('Oct 30 – Nov 2, 2026');
    expect(formatPeriod('2026-12-15', '2027-01-14')).toBe('Dec 15, 2026 – Jan 14, 2027');
  });
});

describe('an API error beside its field', () => {
  const answer = (message: string, code: string, field?: string) =>
    new CombinedGraphQLErrors({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });
  const labels = { amount: 'Amount received', paymentDate: 'Payment date' };

  it('puts a BAD_USER_INPUT or a CONFLICT that names a field of the form beside it, its name said as the label', () => {
    expect(fieldErrorOf(answer('paymentDate (2026-12-09) is in the future.', 'BAD_USER_INPUT', 'paymentDate'), labels)).toEqual({
      field: 'paymentDate',
      message: 'Payment date (2026-12-09) is in the future.',
    });
    expect(fieldErrorOf(answer('input.amount (113.01 CAD) is more than the balance due of 113.00 CAD: record at most 113.00.', 'CONFLICT'), labels)).toEqual({
      field: 'amount',
      message: 'Amount received (113.01 CAD) is more than the balance due of 113.00 CAD: record at most 113.00.',
    });
  });

  it('leaves to the form what names no field of it: a conflict of state, an id, another field', () => {
    expect(fieldErrorOf(answer('This invoice is paid: credit it instead of voiding it.', 'CONFLICT'), labels)).toBeNull();
    expect(fieldErrorOf(answer('invoiceId: this invoice is issued.', 'BAD_USER_INPUT', 'invoiceId'), labels)).toBeNull();
    expect(fieldErrorOf(answer('reason must say why.', 'BAD_USER_INPUT', 'reason'), labels)).toBeNull();
    expect(fieldErrorOf(null, labels)).toBeNull();
  });
});
