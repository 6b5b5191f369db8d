import { describe, expect, it } from 'vitest';
import { placeOfSupplyOf } from './client-invoice.place.js';

const atStudio = (province: 'ON' | 'BC' | 'QC' | null) => ({ locationType: 'studio' as const, studioProvince: province });
const online = { locationType: 'online' as const, studioProvince: null };
const atClient = { locationType: 'client-location' as const, studioProvince: null };

describe('the place of supply of a client invoice', () => {
  it('is the studio’s province for sessions in person at a studio, wherever the client lives', () => {
    expect(placeOfSupplyOf([atStudio('BC'), atStudio('BC')], 'ON')).toBe('BC');
  });

  it('is the client’s province for online sessions and sessions at the client’s location', () => {
    expect(placeOfSupplyOf([online], 'QC')).toBe('QC');
    expect(placeOfSupplyOf([atClient, online], 'NS')).toBe('NS');
  });

  it('is the client’s province when the invoice has no session (a package, goods)', () => {
    expect(placeOfSupplyOf([], 'AB')).toBe('AB');
  });

  it('mixes places that agree: a studio in the client’s province, and an online session', () => {
    expect(placeOfSupplyOf([atStudio('ON'), online, atClient], 'ON')).toBe('ON');
  });

  it('refuses two provinces on one invoice, naming the first session that differs', () => {
    expect(() => placeOfSupplyOf([atStudio('ON'), atStudio('ON'), online], 'BC')).toThrow(
      expect.objectContaining({
        message: 'sessions[2] was supplied in British Columbia but sessions[0] in Ontario: an invoice has one place of supply, so invoice them separately.',
        extensions: { code: 'BAD_USER_INPUT', field: 'sessions[2]' },
      }),
    );
    expect(() => placeOfSupplyOf([online, atStudio('QC')], 'ON')).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'sessions[1]' } }),
    );
  });

  it('refuses a studio session whose studio has no province on file', () => {
    expect(() => placeOfSupplyOf([atStudio(null)], 'ON')).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'sessions[0]' } }));
  });
});
