import { describe, expect, it } from 'vitest';
import { financeScopeOf, seesNoBooks, seesNoInvoices } from './invoice.scope.js';

const T = '11111111-1111-4111-8111-111111111111';
const S = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

describe('finance scope', () => {
  it('gives a trainer admin their own trainer id once, and their team to expand', () => {
    const scope = financeScopeOf({ userId: T, roles: [{ role: 'trainer', scopeId: T }, { role: 'trainer_admin', scopeId: T }] });
    expect(scope).toEqual({ all: false, trainerIds: [T], adminTrainerIds: [T], studioIds: [], clientIds: [] });
    expect(seesNoBooks(scope)).toBe(false);
  });

  it('gives a studio admin their studio and a client themselves, but no trainer books', () => {
    const studio = financeScopeOf({ userId: S, roles: [{ role: 'studio_admin', scopeId: S }] });
    expect(studio).toMatchObject({ all: false, studioIds: [S], trainerIds: [], adminTrainerIds: [] });
    expect(seesNoBooks(studio)).toBe(true);
    expect(seesNoInvoices(studio)).toBe(false);
    const client = financeScopeOf({ userId: C, roles: [{ role: 'client', scopeId: C }] });
    expect(client).toMatchObject({ all: false, clientIds: [C] });
    expect(seesNoBooks(client)).toBe(true);
  });

  it('gives a super admin everything and an anonymous caller nothing', () => {
    const admin = financeScopeOf({ userId: T, roles: [{ role: 'super_admin', scopeId: null }] });
    expect(admin.all).toBe(true);
    expect(seesNoBooks(admin)).toBe(false);
    expect(seesNoInvoices(admin)).toBe(false);
    expect(seesNoInvoices(financeScopeOf(null))).toBe(true);
    expect(seesNoBooks(financeScopeOf(null))).toBe(true);
  });
});
