import type { RoleGrant } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { appointmentScopeOf, appointmentScopeSql, mayListTrainerSchedule, participantScopeParams, participantScopeSql, seesNoParticipant } from './appointment.scope.js';

const MAYA = '11111111-1111-4111-8111-111111111111';
const LIAM = '22222222-2222-4222-8222-222222222222';
const STUDIO = '33333333-3333-4333-8333-333333333333';
const CLIENT = '44444444-4444-4444-8444-444444444444';
const viewer = (...roles: RoleGrant[]) => ({ userId: MAYA, roles });

describe('appointment scope (docs/domain.md, Roles)', () => {
  it('gives a trainer admin their own trainer id and their team to expand, once each', () => {
    const scope = appointmentScopeOf(viewer({ role: 'trainer', scopeId: MAYA }, { role: 'trainer_admin', scopeId: MAYA }, { role: 'trainer', scopeId: MAYA }));
    expect(scope).toEqual({ all: false, trainerIds: [MAYA], adminTrainerIds: [MAYA], studioIds: [], clientIds: [] });
  });

  it('gives a super admin everything and an anonymous caller nothing', () => {
    expect(appointmentScopeOf(viewer({ role: 'super_admin', scopeId: null })).all).toBe(true);
    expect(appointmentScopeOf(null)).toEqual({ all: false, trainerIds: [], adminTrainerIds: [], studioIds: [], clientIds: [] });
  });

  it('scopes studio admins to their studios and clients to their own record', () => {
    expect(appointmentScopeOf(viewer({ role: 'studio_admin', scopeId: STUDIO })).studioIds).toEqual([STUDIO]);
    expect(appointmentScopeOf(viewer({ role: 'client', scopeId: CLIENT })).clientIds).toEqual([CLIENT]);
  });

  it("lets a trainer list only their own schedule, a trainer admin their team's, and a client nobody's", () => {
    const liam = appointmentScopeOf(viewer({ role: 'trainer', scopeId: LIAM }));
    expect(mayListTrainerSchedule(liam, LIAM, false)).toBe(true);
    expect(mayListTrainerSchedule(liam, MAYA, false)).toBe(false);
    // Only a trainer admin's grant makes team membership count.
    expect(mayListTrainerSchedule(liam, MAYA, true)).toBe(false);
    const maya = appointmentScopeOf(viewer({ role: 'trainer', scopeId: MAYA }, { role: 'trainer_admin', scopeId: MAYA }));
    expect(mayListTrainerSchedule(maya, LIAM, true)).toBe(true);
    expect(mayListTrainerSchedule(maya, LIAM, false)).toBe(false);
    expect(mayListTrainerSchedule(appointmentScopeOf(viewer({ role: 'studio_admin', scopeId: STUDIO })), LIAM, false)).toBe(true);
    expect(mayListTrainerSchedule(appointmentScopeOf(viewer({ role: 'super_admin', scopeId: null })), LIAM, false)).toBe(true);
    expect(mayListTrainerSchedule(appointmentScopeOf(viewer({ role: 'client', scopeId: CLIENT })), MAYA, false)).toBe(false);
  });

  it('shows a studio admin no participant, and everyone else some', () => {
    expect(seesNoParticipant(appointmentScopeOf(viewer({ role: 'studio_admin', scopeId: STUDIO })))).toBe(true);
    expect(seesNoParticipant(appointmentScopeOf(null))).toBe(true);
    for (const role of ['trainer', 'trainer_admin', 'client'] as const) expect(seesNoParticipant(appointmentScopeOf(viewer({ role, scopeId: MAYA })))).toBe(false);
    expect(seesNoParticipant(appointmentScopeOf(viewer({ role: 'super_admin', scopeId: null })))).toBe(false);
  });

  it('numbers its bind parameters from the given position and walks the team and studio chain through the published views', () => {
    const sql = appointmentScopeSql(3);
    expect(sql).toContain('$3::boolean');
    expect(sql).toContain('$7::uuid[]');
    expect(sql).not.toContain('$8');
    expect(sql).toContain('studios.trainer_directory t join team on t.parent_trainer_id = team.id');
    expect(sql).toContain('studios.studio_directory s join tree on s.parent_studio_id = tree.id');
    expect(sql).not.toMatch(/union all/i);
    // A studio admin's studios never reveal a participant: they are not even a parameter.
    const participants = participantScopeSql(3);
    expect(participants).toContain('p.client_id = any($6::uuid[])');
    expect(participants).not.toContain('$7');
    expect(participantScopeParams(appointmentScopeOf(viewer({ role: 'studio_admin', scopeId: STUDIO })))).toEqual([false, [], [], []]);
  });
});
