import { describe, expect, it } from 'vitest';
import { pageLoader } from '@fitflow/kit';

interface Row {
  id: string;
  parent: string;
  key: string;
}

describe('kit pageLoader, as Client.sessionNotes pages with it', () => {
  it('fetches the pages of many parents with one call per distinct page arguments', async () => {
    const calls: string[][] = [];
    const rows: Row[] = ['a', 'b', 'c'].flatMap((parent) => [1, 2, 3].map((i) => ({ id: `${parent}${i}`, parent, key: String(i) })));
    const loader = pageLoader<Row>(
      async (parentIds, args) => {
        calls.push(parentIds);
        return parentIds.flatMap((p) => rows.filter((r) => r.parent === p).slice(0, args.first + 1));
      },
      (r) => r.parent,
      (r) => r.key,
    );
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((parentId) => loader.load({ parentId, first: 2, after: null })));
    expect(calls).toEqual([['a', 'b', 'c']]);
    expect(a.edges.map((e) => e.node.id)).toEqual(['a1', 'a2']);
    expect(a.pageInfo.hasNextPage).toBe(true);
    expect([b.edges.length, c.edges.length]).toEqual([2, 2]);
    const all = await loader.load({ parentId: 'a', first: 5, after: null });
    expect(all.pageInfo).toEqual({ hasNextPage: false, endCursor: all.edges[2].cursor });
    expect(calls).toHaveLength(2);
  });
});
