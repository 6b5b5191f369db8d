import { describe, expect, it } from 'vitest';
import { encodeCursor } from './connection.js';
import { keyset, pageLoader, pageRequest } from './paging.js';

const ID = '3f2b7c1e-8d4a-4e6b-9c1d-2a5f6e7d8c9b';

describe('keyset paging', () => {
  it('pages after the cursor with named parameters, in the list’s direction', () => {
    const after = pageRequest({ first: 10, after: encodeCursor({ key: '2026-11-02', id: ID }) }, 'date').after;
    expect(keyset({ key: 'n.session_date', id: 'n.id', direction: 'desc', kind: 'date' }, after)).toEqual({
      orderBy: 'n.session_date desc, n.id desc',
      after: '(n.session_date, n.id) < (:afterKey::date, :afterId::uuid)',
      params: { afterKey: '2026-11-02', afterId: ID },
    });
    expect(keyset({ key: '', id: 'c.id', direction: 'asc', kind: 'none' }, null)).toEqual({ orderBy: 'c.id asc', after: 'true', params: {} });
  });

  it('refuses a cursor made for another kind of list before any SQL', () => {
    expect(() => pageRequest({ first: 5, after: encodeCursor({ key: 'yesterday', id: ID }) }, 'date')).toThrow(/cursor is not valid/);
  });

  it('fetches one page below many parents with one call', async () => {
    const calls: string[][] = [];
    const loader = pageLoader<{ id: string; parent: string; day: string }>(
      async (parentIds) => {
        calls.push(parentIds);
        return parentIds.flatMap((parent) => [1, 2, 3].map((n) => ({ id: `${parent}-${n}`, parent, day: `2026-11-0${n}` })));
      },
      (row) => row.parent,
      (row) => row.day,
    );
    const [a, b] = await Promise.all(['a', 'b'].map((parentId) => loader.load({ parentId, first: 2, after: null })));
    expect(calls).toEqual([['a', 'b']]);
    expect(a.edges.map((e) => e.node.id)).toEqual(['a-1', 'a-2']);
    expect(b.pageInfo.hasNextPage).toBe(true);
  });
});
