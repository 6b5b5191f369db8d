import { buildDemoTenant } from '@fitflow/demo';
import { parseGstHstNumber, ProvinceCode } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { parseAddress, parseBillingProfile, parsePstNumber, type AddressInput, type UpdateBillingProfileInput } from './trainer.inputs.js';

const fieldOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return (error as { extensions?: { code?: string; field?: string } }).extensions;
  }
  return undefined;
};
const address = (over: Partial<AddressInput> = {}) =>
  ({ street: '2150 W 4th Ave', city: 'Vancouver', province: ProvinceCode.BC, postalCode: 'V6K 1N6', ...over }) as AddressInput;

describe('billing profile input', () => {
  it('writes PST/RST numbers one way, as each province prints them', () => {
    expect(parsePstNumber('BC', 'PST-1234-5678', 'f')).toBe('PST-1234-5678');
    expect(parsePstNumber('BC', 'pst 1234 5678', 'f')).toBe('PST-1234-5678');
    expect(parsePstNumber('BC', '1234-5678', 'f')).toBe('PST-1234-5678');
    expect(parsePstNumber('SK', '123 4567', 'f')).toBe('1234567');
    expect(parsePstNumber('MB', '123456-7', 'f')).toBe('123456-7');
    expect(parsePstNumber('MB', '1234567', 'f')).toBe('123456-7');
    for (const [province, bad] of [
      ['BC', 'PST-123-5678'],
      ['BC', 'GST-1234-5678'],
      ['SK', '12345678'],
      ['MB', '12345a7'],
      ['SK', ''],
    ] as const)
      expect(
        fieldOf(() => parsePstNumber(province, bad, 'pstNumbers[0].number')),
        bad,
      ).toEqual({ code: 'BAD_USER_INPUT', field: 'pstNumbers[0].number' });
  });

  it('reads a postal code in any case and spacing, and only in its province', () => {
    expect(parseAddress(address({ postalCode: ' v6k1n6 ', line2: '  ' }))).toEqual({
      line1: '2150 W 4th Ave',
      city: 'Vancouver',
      province: 'BC',
      postal_code: 'V6K 1N6',
    });
    expect(parseAddress(address({ province: ProvinceCode.QC, city: 'Montréal', postalCode: 'H2X 1Y4', line2: 'Bureau 300' }))).toMatchObject({
      province: 'QC',
      line2: 'Bureau 300',
    });
    expect(fieldOf(() => parseAddress(address({ postalCode: 'M5V 3A8' })))).toEqual({ code: 'BAD_USER_INPUT', field: 'address.postalCode' });
    expect(fieldOf(() => parseAddress(address({ postalCode: 'W6K 1N6' })))).toEqual({ code: 'BAD_USER_INPUT', field: 'address.postalCode' });
    expect(fieldOf(() => parseAddress(address({ street: 'x'.repeat(201) })))).toEqual({ code: 'BAD_USER_INPUT', field: 'address.street' });
  });

  it('changes only the fields given: null clears, left out keeps', () => {
    expect(parseBillingProfile({ invoicePrefix: ' mc2 ' } as UpdateBillingProfileInput)).toEqual({ trainerId: undefined, change: { invoicePrefix: 'MC2' } });
    expect(parseBillingProfile({ gstHstNumber: null, qstNumber: '  ', pstNumbers: null, address: null } as UpdateBillingProfileInput).change).toEqual({
      gstNumber: null,
      qstNumber: null,
      pstNumbers: {},
      address: null,
    });
  });

  it('gives every demo trainer registration numbers and addresses that pass these checks', () => {
    const tenant = buildDemoTenant(new Date('2026-11-23T12:00:00Z'));
    for (const t of tenant.trainers) {
      if (t.gstNumber) expect(parseGstHstNumber(t.gstNumber, 'gstHstNumber')).toBe(t.gstNumber);
      for (const [province, number] of Object.entries(t.pstNumbers)) expect(parsePstNumber(province as 'BC', number, 'pst')).toBe(number);
      expect(() => parseAddress({ ...t.address, province: t.address.province as ProvinceCode })).not.toThrow();
    }
    for (const s of tenant.studios) {
      expect(parseGstHstNumber(s.businessNumber, 'businessNumber')).toBe(s.businessNumber);
      expect(() => parseAddress({ ...s.address, province: s.address.province as ProvinceCode })).not.toThrow();
    }
  });
});
