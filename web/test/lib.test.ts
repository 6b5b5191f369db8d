import { describe, expect, it } from 'vitest';
import { validateClient } from '../src/components/NewClientForm';
import {
  formatAxisDollars,
  formatCents,
  formatMoney,
  formatRate,
  fromCents,
  isIssued,
  isOwed,
  revenueByServiceMonth,
  sumMoney,
  toCents,
} from '../src/lib/money';
import { addDays, coveringRange, formatMonth, lastMonths, localDay, mondayOf, sessionTimes, todayIn, zoneLabel, zoneOf } from '../src/lib/time';

describe('money in the web app', () => {
  it('adds Decimal strings in cents, never in floating point', () => {
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoney(['1234.5', '0.005', '-0.01'])).toBe('1234.50');
    expect(toCents('12')).toBe(1200n);
    expect(fromCents(-5n)).toBe('-0.05');
    expect(formatRate('0.13')).toBe('13%');
  });

  it('prints every amount with two decimals and thousands separators, however the server wrote it', () => {
    expect(formatMoney('1249.5')).toBe('$1,249.50');
    expect(formatMoney('1249.50')).toBe('$1,249.50');
    expect(formatMoney('0')).toBe('$0.00');
    expect(formatMoney('-12.3')).toBe('-$12.30');
    // Exact beyond a double's 15-16 digits: the decimal string is formatted, not a float.
    expect(formatMoney('12345678901234567.89')).toBe('$12,345,678,901,234,567.89');
    expect(formatCents(1240000n)).toBe('$12,400.00');
    expect(formatAxisDollars(12400)).toBe('$12,400');
  });
});

describe('what the money screens count', () => {
  const invoice = (status: string, periodStart: string, periodEnd: string, subtotal: string, balanceDue = '0') => ({
    status,
    periodStart,
    periodEnd,
    subtotal,
    balanceDue,
  });

  it('counts issued, sent, partly paid, overdue and paid invoices as revenue, and only those with a balance as owed', () => {
    expect(['DRAFT', 'ISSUED', 'SENT', 'PARTIALLY_PAID', 'OVERDUE', 'PAID', 'VOID'].filter((status) => isIssued({ status }))).toEqual([
      'ISSUED',
      'SENT',
      'PARTIALLY_PAID',
      'OVERDUE',
      'PAID',
    ]);
    expect(isOwed({ status: 'SENT', balanceDue: '10.5' })).toBe(true);
    expect(isOwed({ status: 'OVERDUE', balanceDue: '0.01' })).toBe(true);
    expect(isOwed({ status: 'DRAFT', balanceDue: '100.00' })).toBe(false);
    expect(isOwed({ status: 'VOID', balanceDue: '100.00' })).toBe(false);
    expect(isOwed({ status: 'SENT', balanceDue: '0.00' })).toBe(false);
    expect(isOwed({ status: 'PAID', balanceDue: '-5.00' })).toBe(false);
  });

  it('dates revenue by the month of the work, never counts drafts or void invoices, and shares a period across months by its days', () => {
    const byMonth = revenueByServiceMonth([
      invoice('PAID', '2026-11-01', '2026-11-30', '1249.5'), // November's work, invoiced December 1
      invoice('SENT', '2026-11-01', '2026-11-30', '100.00'),
      invoice('DRAFT', '2026-11-01', '2026-11-30', '5000.00'),
      invoice('VOID', '2026-11-01', '2026-11-30', '7000.00'),
      invoice('OVERDUE', '2026-10-25', '2026-11-03', '100.00'), // 7 days in October, 3 in November
      invoice('SENT', '2026-12-31', '2027-01-01', '0.03'), // 1.5 cents each: the shares still add up
    ]);
    expect(Object.fromEntries(byMonth)).toEqual({ '2026-10': 7000n, '2026-11': 134950n + 3000n, '2026-12': 1n, '2027-01': 2n });
  });
});

describe('calendar days across time zones', () => {
  it('puts an instant on the studio’s local day, and finds the week around it', () => {
    // 02:30 UTC on a Tuesday is still Monday evening in Toronto and Vancouver.
    expect(localDay('2026-03-03T02:30:00Z', 'America/Toronto')).toBe('2026-03-02');
    expect(localDay('2026-03-03T02:30:00Z', 'America/Vancouver')).toBe('2026-03-02');
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(coveringRange('2026-03-02', '2026-03-08')).toEqual({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-10T00:00:00.000Z' });
    expect(lastMonths('2026-02-14', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(formatMonth('2026-11')).toBe('Nov 2026');
    expect(formatMonth('2026-11', 'short')).toBe('Nov');
  });

  it("finds today in the screen's zone, not the browser's", () => {
    // 06:30 UTC on Tuesday: already Tuesday in Toronto, still Monday in Vancouver.
    const now = new Date('2026-03-03T06:30:00Z');
    expect(todayIn('America/Toronto', now)).toBe('2026-03-03');
    expect(todayIn('America/Vancouver', now)).toBe('2026-03-02');
    expect(zoneOf({ timeZone: null }, 'America/Toronto')).toBe('America/Toronto');
    expect(zoneOf({ timeZone: 'America/Vancouver' }, 'America/Toronto')).toBe('America/Vancouver');
  });

  it("shows a session in the trainer's zone, with the studio's local time beside it only when the clocks differ", () => {
    // 14:00 UTC in March (before DST): 09:00 in Toronto, 06:00 in Vancouver.
    expect(sessionTimes('2026-03-03T14:00:00Z', '2026-03-03T15:00:00Z', 'America/Toronto', 'America/Vancouver')).toEqual({
      home: '09:00–10:00 Toronto (ET)',
      local: '06:00–07:00 Vancouver (PT)',
    });
    // 07:00 in Toronto and 07:00 in Vancouver are three hours apart, and read so.
    expect(sessionTimes('2026-03-03T12:00:00Z', null, 'America/Toronto', 'America/Toronto')).toEqual({ home: '07:00', local: null });
    expect(sessionTimes('2026-03-03T15:00:00Z', null, 'America/Toronto', 'America/Vancouver')).toEqual({
      home: '10:00 Toronto (ET)',
      local: '07:00 Vancouver (PT)',
    });
    // Same clock, other zone id: nothing to add. No studio (online): the trainer's time alone.
    expect(sessionTimes('2026-03-03T14:00:00Z', null, 'America/Toronto', 'America/Montreal')).toEqual({ home: '09:00', local: null });
    expect(sessionTimes('2026-03-03T14:00:00Z', null, 'America/Toronto', null)).toEqual({ home: '09:00', local: null });
    // 01:30 Tuesday in Toronto is still Monday evening in Vancouver: the weekday says so.
    expect(sessionTimes('2026-03-03T06:30:00Z', '2026-03-03T07:30:00Z', 'America/Toronto', 'America/Vancouver')).toEqual({
      home: '01:30–02:30 Toronto (ET)',
      local: 'Mon 22:30–23:30 Vancouver (PT)',
    });
  });
});

describe('the new-client form', () => {
  it('names every invalid field before anything is sent', () => {
    expect(
      validateClient({ firstName: '', lastName: 'x'.repeat(101), email: 'not-an-email', phone: 'call me', dateOfBirth: '2999-01-01' }, '2026-03-01'),
    ).toEqual({
      firstName: 'First name is required.',
      lastName: 'Last name must be at most 100 characters.',
      email: 'Enter an email address like name@example.com.',
      phone: 'Enter a phone number like +1-416-555-0140.',
      dateOfBirth: 'Date of birth must be in the past.',
    });
    expect(validateClient({ firstName: 'Ada', lastName: 'Lovelace', email: '', phone: '+1-416-555-0140', dateOfBirth: '1990-12-10' }, '2026-03-01')).toEqual(
      {},
    );
  });
});

describe('sign-in forms', async () => {
  const { validateLogin, validateMfaCode } = await import('../src/routes/LoginRoute');

  it('ask for a well-formed email and a password before sending', () => {
    expect(validateLogin('', '')).toEqual({ email: 'Enter your email address.', password: 'Enter your password.' });
    expect(validateLogin('maya@', 'x')).toEqual({ email: 'Enter an email address like name@example.com.' });
    expect(validateLogin('maya@fitflow.demo', 'x')).toEqual({});
  });

  it('ask for a 6-digit code in the two-factor step', () => {
    expect(validateMfaCode('12345')).toMatch(/6-digit code/);
    expect(validateMfaCode('12a456')).toMatch(/6-digit code/);
    expect(validateMfaCode(' 123456 ')).toBeUndefined();
  });
});

describe('time zones named as people name them', () => {
  it('gives the city and the generic abbreviation, never the IANA id', () => {
    expect(zoneLabel('America/Toronto')).toBe('Toronto (ET)');
    expect(zoneLabel('America/Vancouver')).toBe('Vancouver (PT)');
    expect(zoneLabel('America/Halifax')).toBe('Halifax (AT)');
    expect(zoneLabel('America/St_Johns')).toBe("St. John's (NT)");
    expect(zoneLabel('America/Regina')).toBe('Regina (CST)');
  });
});
