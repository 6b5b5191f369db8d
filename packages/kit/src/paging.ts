import DataLoader from 'dataloader';
import { decodeCursor, toConnection, type Connection, type Cursor, type CursorKind } from './connection.js';

/**
 * The one keyset paging primitive of every connection (docs/conventions.md, Paging). A list is ordered
 * by a sort key and then the row id, both in one direction; a page is "the first `first` rows after
 * the cursor". Offsets are never used: a page stays correct while rows are added before it.
 *
 * - {@link pageRequest} decodes `first`/`after` strictly, before any SQL;
 * - {@link keyset} gives the SQL of the order and of "after the cursor", with named parameters;
 * - {@link pageLoader} batches the same page below many parents into one statement;
 * - kit's `toConnection` turns the `first + 1` rows fetched into the Relay page.
 */
export interface KeysetOrder {
  /** SQL of the sort key, e.g. `n.session_date`. Ignored for kind `none` (the id alone orders). */
  key: string;
  /** SQL of the row id that breaks ties, e.g. `n.id`. */
  id: string;
  /** `desc`: newest first. */
  direction: 'asc' | 'desc';
  /** What the key is (kit `CursorKind`): also how its cursor text is cast back in SQL. */
  kind: CursorKind;
}

/** A decoded page request: page size and the position after which it starts (null: the first page). */
export interface PageRequest {
  first: number;
  after: Cursor | null;
}

/**
 * Decodes `first`/`after` of a connection field.
 * @throws BAD_USER_INPUT (field `after`) for a cursor this API did not make for a list of `kind`.
 */
export function pageRequest(args: { first: number; after?: string | null }, kind: CursorKind): PageRequest {
  return { first: args.first, after: decodeCursor(args.after, kind) };
}

const SQL_CAST: Record<CursorKind, string> = { instant: 'timestamptz', date: 'date', timestamptz: 'timestamptz', none: '' };

/**
 * SQL of a keyset order: `orderBy` (e.g. `n.session_date desc, n.id desc`), `after` — the condition
 * "row comes after the cursor" (`true` on the first page) — and its named `params`
 * (`:<prefix>Key`, `:<prefix>Id`). `prefix` keeps two pagers in one statement apart.
 */
export function keyset(order: KeysetOrder, after: Cursor | null, prefix = 'after') {
  const op = order.direction === 'desc' ? '<' : '>';
  const dir = order.direction;
  const keyed = order.kind !== 'none';
  const orderBy = keyed ? `${order.key} ${dir}, ${order.id} ${dir}` : `${order.id} ${dir}`;
  if (!after) return { orderBy, after: 'true', params: {} as Record<string, unknown> };
  const afterSql = keyed
    ? `(${order.key}, ${order.id}) ${op} (:${prefix}Key::${SQL_CAST[order.kind]}, :${prefix}Id::uuid)`
    : `${order.id} ${op} :${prefix}Id::uuid`;
  return { orderBy, after: afterSql, params: keyed ? { [`${prefix}Key`]: after.key, [`${prefix}Id`]: after.id } : { [`${prefix}Id`]: after.id } };
}

/** One page below one parent: which parent, the page, and an optional free-text filter. */
export interface PageKey extends PageRequest {
  parentId: string;
  search?: string | null;
}

/** Cache key of a page: parent and arguments. */
export function pageKey(key: PageKey): string {
  return JSON.stringify([key.parentId, key.first, key.after?.key ?? null, key.after?.id ?? null, key.search ?? null]);
}

function argsKey(args: Omit<PageKey, 'parentId'>): string {
  return JSON.stringify([args.first, args.after?.key ?? null, args.after?.id ?? null, args.search ?? null]);
}

/**
 * A per-request loader of connection pages, one per parent (e.g. `Client.sessionNotes` of 40 clients).
 * Keys that differ only by parent are fetched together: `fetch` receives every parent id and must
 * return, for each parent, at most `first + 1` rows in page order (one windowed or lateral statement),
 * so the number of statements does not grow with the number of parents.
 * @param sortKeyOf the cursor key of a row (as {@link KeysetOrder.kind} expects it).
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
