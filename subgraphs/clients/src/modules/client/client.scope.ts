import { badUserInput, scopesOf, type Cursor, type Viewer } from '@fitflow/kit';

/**
 * Which client records a caller may see, from the roles in their access token:
 * - `trainerIds`: trainer ids the caller acts as (roles `trainer` and `trainer_admin`); they see
 *   clients whose primary trainer is one of these, or that were shared with one of these
 *   (`clients.client_permissions`).
 * - `clientIds`: their own client record (role `client`).
 * Anyone else (studio admins, super admins, for now) sees no client at all.
 */
export interface ClientScope {
  trainerIds: string[];
  clientIds: string[];
}

/** The {@link ClientScope} of `viewer` (empty when anonymous). */
export function clientScopeOf(viewer: Viewer | null): ClientScope {
  const trainerIds = [...new Set([...scopesOf(viewer, 'trainer'), ...scopesOf(viewer, 'trainer_admin')])];
  return { trainerIds, clientIds: [...new Set(scopesOf(viewer, 'client'))] };
}

/** The same scope restricted to the caller's trainer roles (what `privateNotes` and writes need). */
export const asTrainer = (scope: ClientScope): ClientScope => ({ trainerIds: scope.trainerIds, clientIds: [] });

/** True when the scope can see no client at all (then repositories answer without a query). */
export const isEmptyScope = (scope: ClientScope) => scope.trainerIds.length === 0 && scope.clientIds.length === 0;

/**
 * SQL condition "client row `alias` is visible in the scope and not soft-deleted". Binds
 * `:scopeTrainers` and `:scopeClients` (see {@link scopeParams}).
 */
export function visibleClientSql(alias: string): string {
  return `(${alias}.deleted_at is null and (${alias}.trainer_id = any(:scopeTrainers::uuid[])
    or ${alias}.id = any(:scopeClients::uuid[])
    or exists (select 1 from clients.client_permissions scope_p
               where scope_p.client_id = ${alias}.id and scope_p.trainer_id = any(:scopeTrainers::uuid[]))))`;
}

/** Parameters of {@link visibleClientSql}. */
export const scopeParams = (scope: ClientScope) => ({ scopeTrainers: scope.trainerIds, scopeClients: scope.clientIds });

/**
 * An ILIKE pattern matching `search` anywhere, with `%`, `_` and `\` taken literally; null when the
 * search is blank (no filter).
 */
export function containsPattern(search: string | null | undefined): string | null {
  const term = search?.trim();
  if (!term) return null;
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Cursor sort key of a client in the (last name, first name, id) order. */
export const clientSortKey = (row: { lastName: string; firstName: string }) => JSON.stringify([row.lastName, row.firstName]);

/**
 * The (last name, first name) a client cursor points after.
 * @throws BAD_USER_INPUT when the cursor was not made by {@link clientSortKey}.
 */
export function parseClientSortKey(cursor: Cursor): { lastName: string; firstName: string; id: string } {
  try {
    const value: unknown = JSON.parse(cursor.key);
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string') && /^[0-9a-f-]{36}$/i.test(cursor.id)) {
      return { lastName: value[0], firstName: value[1], id: cursor.id };
    }
  } catch {
    /* fall through */
  }
  throw badUserInput('The `after` cursor is not valid; use an endCursor returned by this API.', 'after');
}
