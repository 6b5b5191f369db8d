import { describe, expect, it } from 'vitest';
import { onlySelfEditable } from './client.inputs.js';
import { pageAfter } from './client.reader.js';
import { actsAsTrainer, clientScopeOf, compareClients, isEmptyScope, isTrainerRelation, looksLikeEmail, nameMatcher } from './client.scope.js';

const T = '11111111-1111-4111-8111-111111111111';
const C = '22222222-2222-4222-8222-222222222222';

describe('client scope', () => {
  it('gives a trainer admin their trainer id and their team, a client their own record, others nothing', () => {
    const maya = clientScopeOf({ userId: T, roles: [{ role: 'trainer', scopeId: T }, { role: 'trainer_admin', scopeId: T }] });
    expect(maya).toEqual({ trainerIds: [T], adminTrainerIds: [T], clientIds: [] });
    expect(actsAsTrainer(maya)).toBe(true);
    const emma = clientScopeOf({ userId: C, roles: [{ role: 'client', scopeId: C }] });
    expect(emma).toEqual({ trainerIds: [], adminTrainerIds: [], clientIds: [C] });
    expect(actsAsTrainer(emma)).toBe(false);
    const studio = clientScopeOf({ userId: C, roles: [{ role: 'studio_admin', scopeId: T }, { role: 'super_admin', scopeId: null }] });
    expect(isEmptyScope(studio)).toBe(true);
    expect(isEmptyScope(clientScopeOf(null))).toBe(true);
  });

  it('counts every relation but the client’s own as a trainer’s (private notes)', () => {
    expect(['owner', 'team', 'share-read'].map((r) => isTrainerRelation(r as never))).toEqual([true, true, true]);
    expect(isTrainerRelation('self')).toBe(false);
    expect(isTrainerRelation(null)).toBe(false);
  });

  it('lets a client change only contact details and consents', () => {
    expect(onlySelfEditable({ phone: '+1-416-555-0100', email: null, consents: { marketingEmails: true, progressPhotos: false } })).toBe(true);
    expect(onlySelfEditable({ phone: '+1-416-555-0100', goals: 'x' })).toBe(false);
    expect(onlySelfEditable({ medicalInfo: undefined })).toBe(true);
  });
});

describe('client search, order and cursors (in memory: names are encrypted)', () => {
  it('matches a name case-insensitively and literally, and ignores a blank search', () => {
    const match = nameMatcher('  wIL ')!;
    expect([match('Wilson'), match('Will'), match('Emma')]).toEqual([true, true, false]);
    expect(nameMatcher('50%')!('Wilson')).toBe(false);
    expect(nameMatcher('   ')).toBeNull();
  });

  it('treats only a whole email address as an email search', () => {
    expect(looksLikeEmail(' Emma.Wilson@Example.com ')).toBe(true);
    expect(looksLikeEmail('@example.com')).toBe(false);
    expect(looksLikeEmail('wilson')).toBe(false);
  });

  it('orders by last name, first name, id and pages after a client id', () => {
    const rows = [
      { id: 'b', lastName: 'Côté', firstName: 'Léa' },
      { id: 'a', lastName: 'Côté', firstName: 'Léa' },
      { id: 'c', lastName: 'Abbott', firstName: 'Zoe' },
    ].sort(compareClients);
    expect(rows.map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(pageAfter(rows, 1, null)!.map((r) => r.id)).toEqual(['c', 'a']);
    expect(pageAfter(rows, 1, { key: '', id: 'a' })!.map((r) => r.id)).toEqual(['b']);
    expect(pageAfter(rows, 1, { key: '', id: 'gone' })).toBeNull();
  });
});
