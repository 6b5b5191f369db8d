import { toConnection, type Connection, type Cursor } from '@fitflow/kit';
import DataLoader from 'dataloader';

/** Arguments of one connection page below a parent (the same for every parent of a selection). */
export interface PageKey {
  parentId: string;
  /** Page size. */
  first: number;
  /** Decoded `after` cursor, or null for the first page. */
  after: Cursor | null;
  /** Optional free-text filter. */
  search?: string | null;
}

/**
 * A per-request loader of connection pages, one per parent (e.g. `Client.sessionNotes` of 40 clients).
 * Keys that differ only by parent are fetched together: `fetch` receives every parent id and must
 * return, for each parent, at most `first + 1` rows in page order (one windowed SQL statement), so the
 * number of statements does not grow with the number of parents.
 *
 * (Kit has `byIdLoader`/`groupLoader` but no paged variant; this could move there.)
 */
export function pageLoader<T extends { id: string }>(
  fetch: (parentIds: string[], args: Omit<PageKey, 'parentId'>) => Promise<T[]>,
  parentOf: (row: T) => string,
  sortKeyOf: (row: T) => string,
) {
  return new DataLoader<PageKey, Connection<T>, string>(
    async (keys) => {
      const groups = new Map<string, { args: Omit<PageKey, 'parentId'>; parentIds: string[] }>();
      for (const key of keys) {
        const args = { first: key.first, after: key.after, search: key.search ?? null };
        const group = groups.get(argsKey(args)) ?? { args, parentIds: [] };
        group.parentIds.push(key.parentId);
        groups.set(argsKey(args), group);
      }
      const pages = new Map<string, Connection<T>>();
      await Promise.all(
        [...groups.values()].map(async ({ args, parentIds }) => {
          const byParent = new Map<string, T[]>(parentIds.map((id) => [id, []]));
          for (const row of await fetch(parentIds, args)) byParent.get(parentOf(row))?.push(row);
          for (const [parentId, rows] of byParent) pages.set(pageKey({ parentId, ...args }), toConnection(rows, args.first, sortKeyOf));
        }),
      );
      return keys.map((key) => pages.get(pageKey(key))!);
    },
    { cacheKeyFn: pageKey },
  );
}

function argsKey(args: Omit<PageKey, 'parentId'>): string {
  return JSON.stringify([args.first, args.after?.key ?? null, args.after?.id ?? null, args.search ?? null]);
}

/** Cache key of a page: parent and arguments. */
export function pageKey(key: PageKey): string {
  return JSON.stringify([key.parentId, key.first, key.after?.key ?? null, key.after?.id ?? null, key.search ?? null]);
}
