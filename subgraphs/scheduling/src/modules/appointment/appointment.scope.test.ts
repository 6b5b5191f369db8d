import type { RoleGrant } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { appointmentScopeOf, appointmentScopeSql, mayListTrainerSchedule } from './appointment.scope.js';

const MAYA = '11111111-1111-4111-8111-111111111111';
const LIAM = '22222222-2222-4222-8222-222222222222';
const STUDIO = '33333333-3333-4333-8333-333333333333';
const CLIENT = '44444444-4444-4444-8444-444444444444';
const viewer = (...roles: RoleGrant[]) => ({ userId: MAYA, roles });

describe('appointment scope', () => {
  it('gives a trainer admin their own trainer id once, whichever grant it comes from', () => {
    const scope = appointmentScopeOf(viewer({ role: 'trainer', scopeId: MAYA }, { role: 'trainer_admin', scopeId: MAYA }));
    expect(scope).toEqual({ all: false, trainerIds: [MAYA], studioIds: [], clientIds: [] });
  });

  it('gives a super admin everything and an anonymous caller nothing', () => {
    expect(appointmentScopeOf(viewer({ role: 'super_admin', scopeId: null })).all).toBe(true);
    expect(appointmentScopeOf(null)).toEqual({ all: false, trainerIds: [], studioIds: [], clientIds: [] });
  });

  it('scopes studio admins to their studios and clients to their own record', () => {
    expect(appointmentScopeOf(viewer({ role: 'studio_admin', scopeId: STUDIO })).studioIds).toEqual([STUDIO]);
    expect(appointmentScopeOf(viewer({ role: 'client', scopeId: CLIENT })).clientIds).toEqual([CLIENT]);
  });

  it("lets a trainer list only their own schedule, and a client nobody's", () => {
    const maya = viewer({ role: 'trainer', scopeId: MAYA });
    expect(mayListTrainerSchedule(maya, MAYA)).toBe(true);
    expect(mayListTrainerSchedule(maya, LIAM)).toBe(false);
    expect(mayListTrainerSchedule(viewer({ role: 'studio_admin', scopeId: STUDIO }), LIAM)).toBe(true);
    expect(mayListTrainerSchedule(viewer({ role: 'super_admin', scopeId: null }), LIAM)).toBe(true);
    expect(mayListTrainerSchedule(viewer({ role: 'client', scopeId: CLIENT }), MAYA)).toBe(false);
  });

  it('numbers its bind parameters from the given position', () => {
    const sql = appointmentScopeSql(3);
    expect(sql).toContain('$3::boolean');
    expect(sql).toContain('$6::uuid[]');
    expect(sql).not.toContain('$7');
  });
});
