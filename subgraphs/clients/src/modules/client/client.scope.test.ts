import { describe, expect, it } from 'vitest';
import { asTrainer, clientScopeOf, clientSortKey, containsPattern, isEmptyScope, parseClientSortKey } from './client.scope.js';

const T = '11111111-1111-4111-8111-111111111111';
const C = '22222222-2222-4222-8222-222222222222';

describe('client scope', () => {
  it('gives a trainer admin their trainer id once, a client their own record, others nothing', () => {
    const maya = clientScopeOf({ userId: T, roles: [{ role: 'trainer', scopeId: T }, { role: 'trainer_admin', scopeId: T }] });
    expect(maya).toEqual({ trainerIds: [T], clientIds: [] });
    expect(clientScopeOf({ userId: C, roles: [{ role: 'client', scopeId: C }] })).toEqual({ trainerIds: [], clientIds: [C] });
    const studio = clientScopeOf({ userId: C, roles: [{ role: 'studio_admin', scopeId: T }, { role: 'super_admin', scopeId: null }] });
    expect(isEmptyScope(studio)).toBe(true);
    expect(isEmptyScope(clientScopeOf(null))).toBe(true);
  });

  it('keeps only the trainer part of a scope for trainer-only data', () => {
    expect(asTrainer({ trainerIds: [T], clientIds: [C] })).toEqual({ trainerIds: [T], clientIds: [] });
  });
});

describe('client search and cursors', () => {
  it('matches a search term literally, anywhere, and ignores a blank one', () => {
    expect(containsPattern('  Wil ')).toBe('%Wil%');
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
    expect(containsPattern('   ')).toBeNull();
    expect(containsPattern(undefined)).toBeNull();
  });

  it('round-trips the (last name, first name) sort key and rejects forged cursors', () => {
    const key = clientSortKey({ lastName: 'Côté', firstName: 'Léa' });
    expect(parseClientSortKey({ key, id: C })).toEqual({ lastName: 'Côté', firstName: 'Léa', id: C });
    for (const forged of [{ key: 'not json', id: C }, { key: '["only one"]', id: C }, { key, id: "1' or 1=1" }]) {
      expect(() => parseClientSortKey(forged)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
  });
});
