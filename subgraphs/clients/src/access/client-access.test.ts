import { actsAsTrainer, scopeOf } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { isTrainerRelation, reachesNoClient } from './client-access.js';

const T = '11111111-1111-4111-8111-111111111111';
const C = '22222222-2222-4222-8222-222222222222';

describe('client scope', () => {
  it('gives a trainer admin their trainer id and their team, a client their own record, others nothing', () => {
    const maya = scopeOf({
      userId: T,
      roles: [
        { role: 'trainer', scopeId: T },
        { role: 'trainer_admin', scopeId: T },
      ],
    });
    expect(maya).toMatchObject({ trainerIds: [T], adminTrainerIds: [T], clientIds: [] });
    expect(actsAsTrainer(maya)).toBe(true);
    const emma = scopeOf({ userId: C, roles: [{ role: 'client', scopeId: C }] });
    expect(emma).toMatchObject({ trainerIds: [], adminTrainerIds: [], clientIds: [C] });
    expect(actsAsTrainer(emma)).toBe(false);
    const studio = scopeOf({
      userId: C,
      roles: [
        { role: 'studio_admin', scopeId: T },
        { role: 'super_admin', scopeId: null },
      ],
    });
    expect(reachesNoClient(studio)).toBe(true);
    expect(reachesNoClient(scopeOf(null))).toBe(true);
  });

  it('counts every relation but the client’s own as a trainer’s (private notes)', () => {
    expect(['owner', 'team', 'share-read'].map((r) => isTrainerRelation(r as never))).toEqual([true, true, true]);
    expect(isTrainerRelation('self')).toBe(false);
    expect(isTrainerRelation(null)).toBe(false);
  });
});
