import { describe, expect, it } from 'vitest';
import { claimSettings, grantedTrainerIds, reachesNothing, scopeOf, scopeParams, SYSTEM_USER_ID, systemScope } from './scope.js';

const T1 = '11111111-1111-4111-8111-111111111111';
const T2 = '22222222-2222-4222-8222-222222222222';
const S1 = '33333333-3333-4333-8333-333333333333';

describe('ViewerScope', () => {
  it('gives each role its own field: a trainer admin is not counted among plain trainer grants', () => {
    const scope = scopeOf({
      userId: 'u',
      roles: [
        { role: 'trainer', scopeId: T1 },
        { role: 'trainer_admin', scopeId: T2 },
        { role: 'studio_admin', scopeId: S1 },
      ],
    });
    expect(scope).toMatchObject({ superAdmin: false, system: false, trainerIds: [T1], adminTrainerIds: [T2], studioIds: [S1], clientIds: [] });
    expect(grantedTrainerIds(scope)).toEqual([T1, T2]);
  });

  it('lower-cases and de-duplicates ids, and an anonymous caller reaches nothing', () => {
    const scope = scopeOf({
      userId: 'u',
      roles: [
        { role: 'trainer', scopeId: T1.toUpperCase() },
        { role: 'trainer', scopeId: T1 },
      ],
    });
    expect(scope.trainerIds).toEqual([T1]);
    expect(reachesNothing(scopeOf(null))).toBe(true);
    expect(reachesNothing(scope)).toBe(false);
  });

  it('serialises the row-level security claims from the same object the SQL parameters come from', () => {
    const scope = scopeOf({
      userId: 'u',
      roles: [
        { role: 'trainer', scopeId: T1 },
        { role: 'trainer', scopeId: T2 },
        { role: 'trainer_admin', scopeId: T2 },
      ],
    });
    expect(claimSettings(scope)).toEqual({
      'app.user_id': 'u',
      'app.super_admin': 'off',
      'app.system': 'off',
      'app.trainer_ids': `${T1},${T2}`,
      'app.trainer_admin_ids': T2,
      'app.studio_ids': '',
      'app.client_ids': '',
    });
    expect(scopeParams(scope)).toMatchObject({ scopeTrainers: [T1, T2], scopeAdmins: [T2], scopeSuperAdmin: false });
  });

  it('names the system bypass: a super admin to the rules, marked as no person', () => {
    expect(claimSettings(systemScope())).toMatchObject({ 'app.user_id': SYSTEM_USER_ID, 'app.super_admin': 'on', 'app.system': 'on' });
    expect(Object.isFrozen(systemScope())).toBe(true);
  });
});
