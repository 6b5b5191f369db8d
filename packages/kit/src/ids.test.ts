import { describe, expect, it } from 'vitest';
import { entityReference, stubReference } from './ids.js';

const ID = '3F2B7C1E-8D4A-4E6B-9C1D-2A5F6E7D8C9B';

describe('federation references', () => {
  it('hands an owned entity’s loader the key lower-cased, and never a malformed one', async () => {
    const asked: unknown[] = [];
    const reference = entityReference(['trainerId', 'studioId'], async (key, _ctx: object) => (asked.push(key), key));
    expect(await reference.__resolveReference({ trainerId: ID, studioId: ID }, {})).toEqual({ trainerId: ID.toLowerCase(), studioId: ID.toLowerCase() });
    expect(await reference.__resolveReference({ trainerId: ID, studioId: '42' }, {})).toBeNull();
    expect(await reference.__resolveReference({ trainerId: ID }, {})).toBeNull();
    expect(asked).toHaveLength(1);
  });

  it('makes a stub without a lookup, null for a malformed key', () => {
    const stub = stubReference(['id'], ({ id }) => ({ id }));
    expect(stub.__resolveReference({ id: ID })).toEqual({ id: ID.toLowerCase() });
    expect(stub.__resolveReference({ id: 7 })).toBeNull();
  });
});
