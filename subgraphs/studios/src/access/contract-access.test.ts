import { reachesNothing, scopeOf, scopeParams, type RoleGrant } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { contractAccessSql, mayManageSomeContract, seesNoContract, visibleContractSql } from './contract-access.js';

const MAYA = '11111111-1111-4111-8111-111111111111';
const STUDIO = '33333333-3333-4333-8333-333333333333';
const CLIENT = '44444444-4444-4444-8444-444444444444';
const viewer = (...roles: RoleGrant[]) => ({ userId: MAYA, roles });

describe('contract access (docs/domain.md, Roles)', () => {
  it('gives a trainer admin their own contracts and their team, once per grant', () => {
    const maya = scopeOf(viewer({ role: 'trainer', scopeId: MAYA }, { role: 'trainer_admin', scopeId: MAYA }, { role: 'trainer', scopeId: MAYA }));
    expect(maya).toMatchObject({ superAdmin: false, trainerIds: [MAYA], adminTrainerIds: [MAYA], studioIds: [] });
    expect(mayManageSomeContract(maya)).toBe(true);
  });

  it('lets a plain trainer read their contracts but never change a rate', () => {
    const liam = scopeOf(viewer({ role: 'trainer', scopeId: MAYA }));
    expect(seesNoContract(liam)).toBe(false);
    expect(mayManageSomeContract(liam)).toBe(false);
  });

  it('scopes a studio admin to their studios, gives a super admin everything, and clients and anonymous callers nothing', () => {
    const studio = scopeOf(viewer({ role: 'studio_admin', scopeId: STUDIO }));
    expect(studio.studioIds).toEqual([STUDIO]);
    expect(mayManageSomeContract(studio)).toBe(true);
    const admin = scopeOf(viewer({ role: 'super_admin', scopeId: null }));
    expect(admin.superAdmin).toBe(true);
    expect(mayManageSomeContract(admin)).toBe(true);
    const client = scopeOf(viewer({ role: 'client', scopeId: CLIENT }));
    expect(seesNoContract(client)).toBe(true);
    expect(reachesNothing(client)).toBe(false); // a client reaches their own records elsewhere, never a contract
    expect(mayManageSomeContract(client)).toBe(false);
    expect(seesNoContract(scopeOf(null))).toBe(true);
  });

  it('walks the team down studios.trainers and the chain down studios.studios, with cycle-safe recursion', () => {
    const sql = visibleContractSql('c');
    expect(sql).toContain('with recursive team(id)');
    expect(sql).toContain('t.parent_trainer_id = team.id');
    expect(sql).toContain('s.parent_studio_id = tree.id');
    expect(sql).toContain('from studios.trainers t');
    expect(sql).toContain('from studios.studios s');
    expect(sql).not.toMatch(/union all/i);
    // Managing a contract: below the admin (not the admin themself), or at/below the studio.
    const access = contractAccessSql('c');
    expect(access).toContain('t.parent_trainer_id = any(:scopeAdmins::uuid[])');
    expect(access).not.toContain('scopeTrainers');
    // Only kit's scope parameters are bound.
    const bound = new Set([...`${sql} ${access}`.matchAll(/:(scope\w+)/g)].map((m) => m[1]));
    expect([...bound].sort()).toEqual(['scopeAdmins', 'scopeStudios', 'scopeSuperAdmin', 'scopeTrainers']);
    for (const name of bound) expect(Object.keys(scopeParams(scopeOf(null)))).toContain(name);
  });
});
