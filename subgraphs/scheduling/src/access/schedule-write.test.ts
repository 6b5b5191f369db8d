import { scopeOf, scopeParams, type RoleGrant } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { seriesInScopeSql } from './schedule-write.js';
import { mayManageTrainer } from './trainer-access.js';

const MAYA = '11111111-1111-4111-8111-111111111111';
const LIAM = '22222222-2222-4222-8222-222222222222';
const STUDIO = '33333333-3333-4333-8333-333333333333';
const scope = (...roles: RoleGrant[]) => scopeOf({ userId: MAYA, roles });

describe('who may change a trainer’s calendar', () => {
  it('lets a trainer change their own, a trainer admin their team’s, a super admin anyone’s', () => {
    expect(mayManageTrainer(scope({ role: 'trainer', scopeId: LIAM }), LIAM, false)).toBe(true);
    expect(mayManageTrainer(scope({ role: 'trainer', scopeId: LIAM }), MAYA, false)).toBe(false);
    // Team membership counts only for a trainer admin.
    expect(mayManageTrainer(scope({ role: 'trainer', scopeId: LIAM }), MAYA, true)).toBe(false);
    expect(mayManageTrainer(scope({ role: 'trainer', scopeId: MAYA }, { role: 'trainer_admin', scopeId: MAYA }), LIAM, true)).toBe(true);
    expect(mayManageTrainer(scope({ role: 'trainer', scopeId: MAYA }, { role: 'trainer_admin', scopeId: MAYA }), LIAM, false)).toBe(false);
    expect(mayManageTrainer(scope({ role: 'super_admin', scopeId: null }), LIAM, false)).toBe(true);
  });

  it('lets a studio admin, who may read the sessions of their studio, change none of them', () => {
    expect(mayManageTrainer(scope({ role: 'studio_admin', scopeId: STUDIO }), LIAM, false)).toBe(false);
  });

  it('scopes series with kit’s named parameters only', () => {
    const names = Object.keys(scopeParams(scopeOf(null)));
    for (const name of seriesInScopeSql().match(/(?<!:):[A-Za-z]\w*/g) ?? []) expect(names).toContain(name.slice(1));
    expect(seriesInScopeSql()).not.toMatch(/\$\d/);
  });
});
