import { ClassCategory, Decimal } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { parseContractRates, type SetContractRatesInput } from './contract.inputs.js';

const T = '11111111-1111-4111-8111-111111111111';
const S = '33333333-3333-4333-8333-333333333333';
const input = (over: Partial<SetContractRatesInput> = {}): SetContractRatesInput => ({
  trainerId: T,
  studioId: S,
  rates: [{ category: ClassCategory.GROUP, rate: new Decimal('55') }],
  ...over,
});
const rate = (category: ClassCategory, value: string) => ({ category, rate: new Decimal(value) });
const refusal = (work: () => unknown) => {
  try {
    work();
    return null;
  } catch (error) {
    return (error as { extensions?: { code?: string; field?: string } }).extensions;
  }
};

describe('setContractRates input', () => {
  it('stores rates as 2-decimal strings and leaves an omitted commission unchanged', () => {
    const change = parseContractRates(
      input({ rates: [rate(ClassCategory.GROUP, '55'), rate(ClassCategory.TRIAL, '0.5'), rate(ClassCategory.INDIVIDUAL, '10000')] }),
    );
    expect(change).toEqual({ trainerId: T, studioId: S, classRates: { group: '55.00', trial: '0.50', individual: '10000.00' }, commissionRate: undefined });
    expect(parseContractRates(input({ commissionRate: null })).commissionRate).toBeUndefined();
  });

  it('accepts a commission from 0 to 100 with at most 2 decimals', () => {
    expect(parseContractRates(input({ commissionRate: new Decimal('0') })).commissionRate?.toFixed(2)).toBe('0.00');
    expect(parseContractRates(input({ commissionRate: new Decimal('12.5') })).commissionRate?.toFixed(2)).toBe('12.50');
    expect(parseContractRates(input({ commissionRate: new Decimal('100') })).commissionRate?.toFixed(2)).toBe('100.00');
  });

  it('needs at least one rate, each category once', () => {
    expect(refusal(() => parseContractRates(input({ rates: [] })))).toEqual({ code: 'BAD_USER_INPUT', field: 'rates' });
    expect(refusal(() => parseContractRates(input({ rates: [rate(ClassCategory.GROUP, '50'), rate(ClassCategory.GROUP, '60')] })))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'rates[1].category',
    });
  });

  it('refuses a rate of 0 or less, over 10000, or with fractions of a cent, naming it', () => {
    for (const value of ['0', '-5', '10000.01', '49.999']) {
      expect(
        refusal(() => parseContractRates(input({ rates: [rate(ClassCategory.TRIAL, '30'), rate(ClassCategory.GROUP, value)] }))),
        value,
      ).toEqual({ code: 'BAD_USER_INPUT', field: 'rates[1].rate' });
    }
  });

  it('refuses a commission outside 0–100 or with more than 2 decimals', () => {
    for (const value of ['-0.01', '100.01', '12.345']) {
      expect(
        refusal(() => parseContractRates(input({ commissionRate: new Decimal(value) }))),
        value,
      ).toEqual({ code: 'BAD_USER_INPUT', field: 'commissionRate' });
    }
  });

  it('refuses malformed ids, naming them', () => {
    expect(refusal(() => parseContractRates(input({ trainerId: '42' })))).toEqual({ code: 'BAD_USER_INPUT', field: 'trainerId' });
    expect(refusal(() => parseContractRates(input({ studioId: 'x' })))).toEqual({ code: 'BAD_USER_INPUT', field: 'studioId' });
  });
});
