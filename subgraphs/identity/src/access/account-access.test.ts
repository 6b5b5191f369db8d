import { scopeOf, systemScope } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { administeredTeamOf, ownAccountSql, readsAccount } from './account-access.js';

const ME = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const TEAM = '33333333-3333-4333-8333-333333333333';

describe("identity's account access", () => {
  it('lets a caller read their own account only; a super admin (and the system) any', () => {
    const trainer = scopeOf({ userId: ME, roles: [{ role: 'trainer', scopeId: TEAM }] });
    expect(readsAccount(trainer, ME)).toBe(true);
    expect(readsAccount(trainer, OTHER)).toBe(false);
    expect(readsAccount(scopeOf({ userId: ME, roles: [{ role: 'super_admin', scopeId: null }] }), OTHER)).toBe(true);
    expect(readsAccount(systemScope(), OTHER)).toBe(true);
    expect(readsAccount(scopeOf(null), OTHER)).toBe(false);
  });

  it("names the team a trainer admin administers, and no one else's", () => {
    expect(administeredTeamOf(scopeOf({ userId: ME, roles: [{ role: 'trainer_admin', scopeId: TEAM.toUpperCase() }] }))).toBe(TEAM);
    expect(administeredTeamOf(scopeOf({ userId: ME, roles: [{ role: 'trainer', scopeId: TEAM }] }))).toBeNull();
  });

  it("binds only kit's scope parameters", () => {
    expect(ownAccountSql('e.user_id')).toBe('(:scopeSuperAdmin::boolean or e.user_id = :scopeUser::uuid)');
  });
});
