import { actsAsTrainer, teamSql, trainerInScopeSql, type ViewerScope } from '@fitflow/kit';

/**
 * Which client records a caller may see, from kit's {@link ViewerScope} (docs/domain.md, Roles):
 * - `trainerIds` (role `trainer`): clients whose primary trainer is one of these, and clients
 *   shared with one of these through `clients.client_permissions`;
 * - `adminTrainerIds` (role `trainer_admin`): the same for every trainer of the teams they
 *   administer, transitively down `studios.trainer_directory` (the admin included);
 * - `clientIds` (role `client`): their own record, read-only but for contact details and consents.
 * Studio admins and super admins see no client (a super admin only through break glass).
 *
 * The repositories apply these rules in SQL ({@link visibleClientSql}, binding kit's `scopeParams`);
 * PostgreSQL row-level security applies the same rules again from the claims kit's ScopedDb sets
 * (migration 1732700000000).
 */

/**
 * True when the scope can see no client at all (then repositories answer without a query): it acts
 * as no trainer and is no client. Unlike kit's `reachesNothing`, a super admin or a studio admin
 * reaches no client record here.
 */
export const reachesNoClient = (scope: ViewerScope) => !actsAsTrainer(scope) && scope.clientIds.length === 0;

/**
 * SQL condition "client row `alias` is visible in the scope, not soft-deleted and not erased". Binds
 * kit's `:scopeTrainers`, `:scopeAdmins` and `:scopeClients` (kit `scopeParams`).
 */
export function visibleClientSql(alias: string): string {
  return `(${alias}.deleted_at is null and ${alias}.erased_at is null and (${staffSeesClientSql(alias)}
    or ${alias}.id = any(:scopeClients::uuid[])))`;
}

/**
 * SQL condition "the caller sees client row `alias` as staff": their own or their team's client, or one
 * shared with them or their team — not as the client themself. Binds `:scopeTrainers`, `:scopeAdmins`.
 */
export function staffSeesClientSql(alias: string): string {
  return `(${trainerInScopeSql(`${alias}.trainer_id`)}
    or exists (select 1 from clients.client_permissions scope_p
               where scope_p.client_id = ${alias}.id and ${trainerInScopeSql('scope_p.trainer_id')}))`;
}

/** SQL condition "the client of row `alias`.client_id is visible" (notes, plans). Binds as {@link visibleClientSql}. */
export const visibleClientOfSql = (alias: string) => `exists (select 1 from clients.clients vc where vc.id = ${alias}.client_id and ${visibleClientSql('vc')})`;

/**
 * How the caller relates to a visible client, strongest first: `owner` (their own client), `team`
 * (a client of a trainer in the team they administer), `share-admin` / `share-write` /
 * `share-read` (shared with them, or with their team, at that level), `self` (the client themself).
 */
export type ClientRelation = 'owner' | 'team' | 'share-admin' | 'share-write' | 'share-read' | 'self';

/** SQL expression of the {@link ClientRelation} of visible client row `alias`. Binds as {@link visibleClientSql}. */
export function relationSql(alias: string): string {
  return `case
    when ${alias}.trainer_id = any(:scopeTrainers::uuid[]) then 'owner'
    when ${alias}.trainer_id in ${teamSql(':scopeAdmins')} then 'team'
    else coalesce(
      (select 'share-' || rp.permission_level from clients.client_permissions rp
        where rp.client_id = ${alias}.id and ${trainerInScopeSql('rp.trainer_id')}
        order by case rp.permission_level when 'admin' then 0 when 'write' then 1 else 2 end limit 1),
      case when ${alias}.id = any(:scopeClients::uuid[]) then 'self' end)
  end`;
}

/** The caller sees the client as a trainer (own, team or shared), so trainer-only data is theirs to see. */
export const isTrainerRelation = (relation: ClientRelation | null) => relation != null && relation !== 'self';

/** Who may exercise a client's data rights (export, erasure): the client, their trainer, the trainer's team admin. */
export const DATA_RIGHTS_RELATIONS: readonly ClientRelation[] = ['owner', 'team', 'self'];
/** Who may write a client's notes and plans: own or team client, or a write/admin share (row-level security: `clients.can_write_clinical`). */
export const CLINICAL_WRITERS: readonly ClientRelation[] = ['owner', 'team', 'share-write', 'share-admin'];
