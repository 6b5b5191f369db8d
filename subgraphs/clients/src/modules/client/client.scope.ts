import { scopesOf, teamSql, type Viewer } from '@fitflow/kit';

/**
 * Which client records a caller may see, from the roles in their access token (docs/domain.md, Roles):
 * - `trainerIds` (role `trainer`): clients whose primary trainer is one of these, and clients
 *   shared with one of these through `clients.client_permissions`;
 * - `adminTrainerIds` (role `trainer_admin`): the same for every trainer of the teams they
 *   administer, transitively down `studios.trainer_directory` (the admin included);
 * - `clientIds` (role `client`): their own record, read-only but for contact details and consents.
 * Studio admins and super admins see no client (a super admin only through break glass).
 *
 * The repositories apply this scope in SQL ({@link visibleClientSql}); PostgreSQL row-level security
 * applies the same rules again from the claims kit's ScopedDb sets (migration 1732700000000).
 */
export interface ClientScope {
  trainerIds: string[];
  adminTrainerIds: string[];
  clientIds: string[];
}

/** The {@link ClientScope} of `viewer` (empty when anonymous). */
export function clientScopeOf(viewer: Viewer | null): ClientScope {
  return {
    trainerIds: [...new Set(scopesOf(viewer, 'trainer'))],
    adminTrainerIds: [...new Set(scopesOf(viewer, 'trainer_admin'))],
    clientIds: [...new Set(scopesOf(viewer, 'client'))],
  };
}

/** True when the caller acts as a trainer in some way (own clients, shares or a team). */
export const actsAsTrainer = (scope: ClientScope) => scope.trainerIds.length > 0 || scope.adminTrainerIds.length > 0;

/** True when the scope can see no client at all (then repositories answer without a query). */
export const isEmptyScope = (scope: ClientScope) => !actsAsTrainer(scope) && scope.clientIds.length === 0;

/** Trainer ids of the teams administered in the scope, expanded recursively (binds `:scopeAdmins`). */
const TEAM_SQL = teamSql(':scopeAdmins');

/** SQL "trainer id `column` is one the caller acts for" (own or team). */
export const trainerInScopeSql = (column: string) => `(${column} = any(:scopeTrainers::uuid[]) or ${column} in ${TEAM_SQL})`;

/**
 * SQL condition "client row `alias` is visible in the scope, not soft-deleted and not erased". Binds
 * `:scopeTrainers`, `:scopeAdmins` and `:scopeClients` (see {@link scopeParams}).
 */
export function visibleClientSql(alias: string): string {
  return `(${alias}.deleted_at is null and ${alias}.erased_at is null and (${trainerInScopeSql(`${alias}.trainer_id`)}
    or ${alias}.id = any(:scopeClients::uuid[])
    or exists (select 1 from clients.client_permissions scope_p
               where scope_p.client_id = ${alias}.id and ${trainerInScopeSql('scope_p.trainer_id')})))`;
}

/** Parameters of {@link visibleClientSql}. */
export const scopeParams = (scope: ClientScope) => ({
  scopeTrainers: scope.trainerIds,
  scopeAdmins: scope.adminTrainerIds,
  scopeClients: scope.clientIds,
});

/**
 * How the caller relates to a visible client, strongest first: `owner` (their own client), `team`
 * (a client of a trainer in the team they administer), `share-admin` / `share-write` /
 * `share-read` (shared with them, or with their team, at that level), `self` (the client themself).
 */
export type ClientRelation = 'owner' | 'team' | 'share-admin' | 'share-write' | 'share-read' | 'self';

/** SQL expression of the {@link ClientRelation} of visible client row `alias`. */
export function relationSql(alias: string): string {
  return `case
    when ${alias}.trainer_id = any(:scopeTrainers::uuid[]) then 'owner'
    when ${alias}.trainer_id in ${TEAM_SQL} then 'team'
    else coalesce(
      (select 'share-' || rp.permission_level from clients.client_permissions rp
        where rp.client_id = ${alias}.id and ${trainerInScopeSql('rp.trainer_id')}
        order by case rp.permission_level when 'admin' then 0 when 'write' then 1 else 2 end limit 1),
      case when ${alias}.id = any(:scopeClients::uuid[]) then 'self' end)
  end`;
}

/** The caller sees the client as a trainer (own, team or shared), so trainer-only data is theirs to see. */
export const isTrainerRelation = (relation: ClientRelation | null) => relation != null && relation !== 'self';

/**
 * A case-insensitive "contains" test for name search in memory (the names are encrypted, so search
 * happens after opening the caller's clients); null when the search is blank (no filter).
 */
export function nameMatcher(search: string | null | undefined): ((name: string) => boolean) | null {
  const term = search?.trim().toLocaleLowerCase();
  if (!term) return null;
  return (name) => name.toLocaleLowerCase().includes(term);
}

/** True when a search term is a whole email address (then it is looked up by blind index). */
export const looksLikeEmail = (search: string | null | undefined) => !!search && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(search.trim());

/** Order of client lists: last name, first name, id (compared in memory; the names are encrypted). */
export function compareClients(a: { lastName: string; firstName: string; id: string }, b: { lastName: string; firstName: string; id: string }): number {
  return a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Cursor sort key of a client: empty. Names are PHI and must not travel in cursors (they end up in
 * URLs and logs), so a client cursor carries only the id and the page continues after that client's
 * position in the (re-sorted) list.
 */
export const clientSortKey = () => '';
