import { describe, expect, it } from 'vitest';
import { validateClient } from '../src/components/NewClientForm';
import { formatRate, fromCents, sumMoney, toCents } from '../src/lib/money';
import { addDays, coveringRange, lastMonths, localDay, mondayOf, zoneLabel } from '../src/lib/time';

describe('money in the web app', () => {
  it('adds Decimal strings in cents, never in floating point', () => {
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
    expect(sumMoney(['1234.5', '0.005', '-0.01'])).toBe('1234.50');
    expect(toCents('12')).toBe(1200n);
    expect(fromCents(-5n)).toBe('-0.05');
    expect(formatRate('0.13')).toBe('13%');
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
  });
});

describe('the new-client form', () => {
  it('names every invalid field before anything is sent', () => {
    expect(validateClient({ firstName: '', lastName: 'x'.repeat(101), email: 'not-an-email', phone: 'call me', dateOfBirth: '2999-01-01' }, '2026-03-01')).toEqual({
      firstName: 'First name is required.',
      lastName: 'Last name must be at most 100 characters.',
      email: 'Enter an email address like name@example.com.',
      phone: 'Enter a phone number like +1-416-555-0140.',
      dateOfBirth: 'Date of birth must be in the past.',
    });
    expect(validateClient({ firstName: 'Ada', lastName: 'Lovelace', email: '', phone: '+1-416-555-0140', dateOfBirth: '1990-12-10' }, '2026-03-01')).toEqual({});
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
