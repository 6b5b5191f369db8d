import { grantedTrainerIds, scopeOf } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { seesNoBooks, seesNoInvoices } from './finance-access.js';

const T = '11111111-1111-4111-8111-111111111111';
const S = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

describe('finance access', () => {
  it('gives a trainer admin their own trainer id once, and their team to expand', () => {
    const scope = scopeOf({
      userId: T,
      roles: [
        { role: 'trainer', scopeId: T },
        { role: 'trainer_admin', scopeId: T },
      ],
    });
    expect(scope).toMatchObject({ superAdmin: false, adminTrainerIds: [T], studioIds: [], clientIds: [] });
    expect(grantedTrainerIds(scope)).toEqual([T]);
    expect(seesNoBooks(scope)).toBe(false);
  });

  it('keeps the books of a trainer admin who holds no trainer grant of their own', () => {
    const scope = scopeOf({ userId: T, roles: [{ role: 'trainer_admin', scopeId: T }] });
    expect(grantedTrainerIds(scope)).toEqual([T]);
    expect(seesNoBooks(scope)).toBe(false);
    expect(seesNoInvoices(scope)).toBe(false);
  });

  it('gives a studio admin their studio and a client themselves, but no trainer books', () => {
    const studio = scopeOf({ userId: S, roles: [{ role: 'studio_admin', scopeId: S }] });
    expect(studio).toMatchObject({ superAdmin: false, studioIds: [S], trainerIds: [], adminTrainerIds: [] });
    expect(seesNoBooks(studio)).toBe(true);
    expect(seesNoInvoices(studio)).toBe(false);
    const client = scopeOf({ userId: C, roles: [{ role: 'client', scopeId: C }] });
    expect(client).toMatchObject({ superAdmin: false, clientIds: [C] });
    expect(seesNoBooks(client)).toBe(true);
  });

  it('gives a super admin everything and an anonymous caller nothing', () => {
    const admin = scopeOf({ userId: T, roles: [{ role: 'super_admin', scopeId: null }] });
    expect(admin.superAdmin).toBe(true);
    expect(seesNoBooks(admin)).toBe(false);
    expect(seesNoInvoices(admin)).toBe(false);
    expect(seesNoInvoices(scopeOf(null))).toBe(true);
    expect(seesNoBooks(scopeOf(null))).toBe(true);
  });
});
