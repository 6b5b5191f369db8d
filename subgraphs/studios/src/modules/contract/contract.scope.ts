import { hasRole, scopesOf, studioTreeSql, teamSql, type Viewer } from '@fitflow/kit';

/**
 * Which trainer–studio contracts (and so which class rates and commissions) a caller may see, from
 * the roles in their access token (docs/domain.md, Roles):
 * - `all` (role `super_admin`): every contract;
 * - `trainerIds` (role `trainer`): their own contracts;
 * - `adminTrainerIds` (role `trainer_admin`): the contracts of every trainer in the teams they
 *   administer, transitively down `studios.trainers.parent_trainer_id` (the admin included);
 * - `studioIds` (role `studio_admin`): the contracts of the studios they administer and of every
 *   studio below them, transitively down `studios.studios.parent_studio_id` (a chain's locations).
 * Clients see no contract. A contract outside the scope is absent from every list and resolves like
 * an unknown one (null reference, NOT_FOUND).
 *
 * The repository applies this scope in SQL ({@link visibleContractSql}) in every query.
 */
export interface ContractScope {
  all: boolean;
  trainerIds: string[];
  adminTrainerIds: string[];
  studioIds: string[];
}

/** The {@link ContractScope} of `viewer` (empty when anonymous). */
export function contractScopeOf(viewer: Viewer | null): ContractScope {
  return {
    all: hasRole(viewer, 'super_admin'),
    trainerIds: [...new Set(scopesOf(viewer, 'trainer'))],
    adminTrainerIds: [...new Set(scopesOf(viewer, 'trainer_admin'))],
    studioIds: [...new Set(scopesOf(viewer, 'studio_admin'))],
  };
}

/** True when the scope sees no contract at all (then the repository answers without a query). */
export const isEmptyScope = (scope: ContractScope) =>
  !scope.all && scope.trainerIds.length === 0 && scope.adminTrainerIds.length === 0 && scope.studioIds.length === 0;

/**
 * True when the scope may change the rates of some contract: a super admin, a trainer admin (for
 * trainers below them) or a studio admin (for their studios and those below). A plain trainer may
 * not change their own rates, and a client nothing.
 */
export const mayManageSomeContract = (scope: ContractScope) => scope.all || scope.adminTrainerIds.length > 0 || scope.studioIds.length > 0;

/** Trainer ids of the teams administered in the scope, the admins included, transitively (binds `:scopeAdmins`). */
const TEAM_SQL = teamSql(':scopeAdmins', 'studios.trainers');

/** Trainer ids strictly below the administered teams' admins, transitively (binds `:scopeAdmins`). */
const BELOW_ADMINS_SQL = `(with recursive below(id) as (
    select t.id from studios.trainers t where t.parent_trainer_id = any(:scopeAdmins::uuid[])
    union
    select t.id from studios.trainers t join below on t.parent_trainer_id = below.id
  ) select below.id from below)`;

/** Studio ids administered in the scope and every studio below them, transitively (binds `:scopeStudios`). */
const STUDIO_TREE_SQL = studioTreeSql(':scopeStudios', 'studios.studios');

/**
 * SQL condition "contract row `alias` (`studios.trainer_studios`) is visible in the scope". Binds
 * `:scopeAll`, `:scopeTrainers`, `:scopeAdmins` and `:scopeStudios` (see {@link scopeParams}).
 * `union` (not `union all`) makes the recursions stop even on a cycle.
 */
export function visibleContractSql(alias: string): string {
  return `(:scopeAll::boolean
    or ${alias}.trainer_id = any(:scopeTrainers::uuid[])
    or ${alias}.trainer_id in ${TEAM_SQL}
    or ${alias}.studio_id in ${STUDIO_TREE_SQL})`;
}

/**
 * How the caller may use a visible contract: `manage` (change its rates: a super admin, a studio
 * admin of its studio or of a studio above it, a trainer admin above its trainer — not the trainer
 * themself, nor a peer in the same team) or `read`.
 */
export type ContractAccess = 'manage' | 'read';

/** SQL expression of the {@link ContractAccess} of visible contract row `alias` (same bindings). */
export function contractAccessSql(alias: string): string {
  return `case when :scopeAll::boolean
      or ${alias}.studio_id in ${STUDIO_TREE_SQL}
      or ${alias}.trainer_id in ${BELOW_ADMINS_SQL}
    then 'manage' else 'read' end`;
}

/** Parameters of {@link visibleContractSql} and {@link contractAccessSql}. */
export const scopeParams = (scope: ContractScope) => ({
  scopeAll: scope.all,
  scopeTrainers: scope.trainerIds,
  scopeAdmins: scope.adminTrainerIds,
  scopeStudios: scope.studioIds,
});
