import { scopeOf, scopeParams, type RoleGrant } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { appointmentInScopeSql, mayListTrainerSchedule, participantInScopeSql, seesNoParticipant } from './appointment-access.js';

const MAYA = '11111111-1111-4111-8111-111111111111';
const LIAM = '22222222-2222-4222-8222-222222222222';
const STUDIO = '33333333-3333-4333-8333-333333333333';
const CLIENT = '44444444-4444-4444-8444-444444444444';
const viewer = (...roles: RoleGrant[]) => ({ userId: MAYA, roles });
const NOTHING = { superAdmin: false, trainerIds: [], adminTrainerIds: [], studioIds: [], clientIds: [] };

describe('appointment access (docs/domain.md, Roles)', () => {
  it('gives a trainer admin their own trainer id and their team to expand, once each', () => {
    const scope = scopeOf(viewer({ role: 'trainer', scopeId: MAYA }, { role: 'trainer_admin', scopeId: MAYA }, { role: 'trainer', scopeId: MAYA }));
    expect(scope).toMatchObject({ ...NOTHING, trainerIds: [MAYA], adminTrainerIds: [MAYA] });
  });

  it('gives a super admin everything and an anonymous caller nothing', () => {
    expect(scopeOf(viewer({ role: 'super_admin', scopeId: null })).superAdmin).toBe(true);
    expect(scopeOf(null)).toMatchObject(NOTHING);
  });

  it('scopes studio admins to their studios and clients to their own record', () => {
    expect(scopeOf(viewer({ role: 'studio_admin', scopeId: STUDIO })).studioIds).toEqual([STUDIO]);
    expect(scopeOf(viewer({ role: 'client', scopeId: CLIENT })).clientIds).toEqual([CLIENT]);
  });

  it("lets a trainer list only their own schedule, a trainer admin their team's, and a client nobody's", () => {
    const liam = scopeOf(viewer({ role: 'trainer', scopeId: LIAM }));
    expect(mayListTrainerSchedule(liam, LIAM, false)).toBe(true);
    expect(mayListTrainerSchedule(liam, MAYA, false)).toBe(false);
    // Only a trainer admin's grant makes team membership count.
    expect(mayListTrainerSchedule(liam, MAYA, true)).toBe(false);
    const maya = scopeOf(viewer({ role: 'trainer', scopeId: MAYA }, { role: 'trainer_admin', scopeId: MAYA }));
    expect(mayListTrainerSchedule(maya, LIAM, true)).toBe(true);
    expect(mayListTrainerSchedule(maya, LIAM, false)).toBe(false);
    expect(mayListTrainerSchedule(scopeOf(viewer({ role: 'studio_admin', scopeId: STUDIO })), LIAM, false)).toBe(true);
    expect(mayListTrainerSchedule(scopeOf(viewer({ role: 'super_admin', scopeId: null })), LIAM, false)).toBe(true);
    expect(mayListTrainerSchedule(scopeOf(viewer({ role: 'client', scopeId: CLIENT })), MAYA, false)).toBe(false);
  });

  it('shows a studio admin no participant, and everyone else some', () => {
    expect(seesNoParticipant(scopeOf(viewer({ role: 'studio_admin', scopeId: STUDIO })))).toBe(true);
    expect(seesNoParticipant(scopeOf(null))).toBe(true);
    for (const role of ['trainer', 'trainer_admin', 'client'] as const) expect(seesNoParticipant(scopeOf(viewer({ role, scopeId: MAYA })))).toBe(false);
    expect(seesNoParticipant(scopeOf(viewer({ role: 'super_admin', scopeId: null })))).toBe(false);
  });

  it("binds only kit's named scope parameters and walks the team and studio chain through the published views", () => {
    const sql = appointmentInScopeSql();
    const names = Object.keys(scopeParams(scopeOf(null)));
    for (const name of sql.match(/(?<!:):[A-Za-z]\w*/g) ?? []) expect(names).toContain(name.slice(1));
    expect(sql).toContain(':scopeSuperAdmin::boolean');
    expect(sql).toContain(':scopeClients::uuid[]');
    expect(sql).not.toMatch(/\$\d/);
    expect(sql).toContain('studios.trainer_directory t join team on t.parent_trainer_id = team.id');
    expect(sql).toContain('studios.studio_directory s join tree on s.parent_studio_id = tree.id');
    expect(sql).not.toMatch(/union all/i);
    // A studio admin's studios never reveal a participant: they are not even a parameter.
    const participants = participantInScopeSql();
    expect(participants).toContain('p.client_id = any(:scopeClients::uuid[])');
    expect(participants).not.toContain(':scopeStudios');
    expect(participants).not.toMatch(/\$\d/);
  });
});
