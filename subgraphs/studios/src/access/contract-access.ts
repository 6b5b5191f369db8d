import { actsAsTrainer, studioInScopeSql, trainerInScopeSql, type ViewerScope } from '@fitflow/kit';

/*
 * Which trainer–studio contracts (and so which class rates and commissions) a caller may see and
 * change, from kit's ViewerScope (docs/domain.md, Roles):
 * - `superAdmin`: every contract;
 * - `trainerIds` (role `trainer`): their own contracts;
 * - `adminTrainerIds` (role `trainer_admin`): the contracts of every trainer in the teams they
 *   administer, transitively down `studios.trainers.parent_trainer_id` (the admin included);
 * - `studioIds` (role `studio_admin`): the contracts of the studios they administer and of every
 *   studio below them, transitively down `studios.studios.parent_studio_id` (a chain's locations).
 * Clients see no contract. A contract outside the scope is absent from every list and resolves like
 * an unknown one (null reference, NOT_FOUND).
 *
 * Studios walks its OWN tables (`studios.trainers`, `studios.studios`), not the directories it
 * publishes to the other subgraphs. The contract repository applies {@link visibleContractSql} in
 * every query; the SQL binds only kit's `scopeParams` names.
 */

/**
 * True when the scope sees no contract at all (then the repository answers without a query): neither
 * super admin, nor trainer, nor trainer admin, nor studio admin — e.g. a client or an anonymous caller.
 */
export const seesNoContract = (scope: ViewerScope) => !scope.superAdmin && !actsAsTrainer(scope) && scope.studioIds.length === 0;

/**
 * True when the scope may change the rates of some contract: a super admin, a trainer admin (for
 * trainers below them) or a studio admin (for their studios and those below). A plain trainer may
 * not change their own rates, and a client nothing.
 */
export const mayManageSomeContract = (scope: ViewerScope) => scope.superAdmin || scope.adminTrainerIds.length > 0 || scope.studioIds.length > 0;

/** Trainer ids strictly below the administered teams' admins, transitively (binds `:scopeAdmins`). */
const BELOW_ADMINS_SQL = `(with recursive below(id) as (
    select t.id from studios.trainers t where t.parent_trainer_id = any(:scopeAdmins::uuid[])
    union
    select t.id from studios.trainers t join below on t.parent_trainer_id = below.id
  ) select below.id from below)`;

/** Studio ids administered in the scope and every studio below them, in studios' own table (binds `:scopeStudios`). */
const studioInScope = (column: string) => studioInScopeSql(column, 'studios.studios');

/**
 * SQL condition "contract row `alias` (`studios.trainer_studios`) is visible in the scope". Binds
 * `:scopeSuperAdmin`, `:scopeTrainers`, `:scopeAdmins` and `:scopeStudios` (kit `scopeParams`).
 * `union` (not `union all`) makes the recursions stop even on a cycle.
 */
export function visibleContractSql(alias: string): string {
  return `(:scopeSuperAdmin::boolean
    or ${trainerInScopeSql(`${alias}.trainer_id`, 'studios.trainers')}
    or ${studioInScope(`${alias}.studio_id`)})`;
}

/**
 * How the caller may use a visible contract: `manage` (change its rates: a super admin, a studio
 * admin of its studio or of a studio above it, a trainer admin above its trainer — not the trainer
 * themself, nor a peer in the same team) or `read`.
 */
export type ContractAccess = 'manage' | 'read';

/** SQL expression of the {@link ContractAccess} of visible contract row `alias` (same bindings as {@link visibleContractSql}). */
export function contractAccessSql(alias: string): string {
  return `case when :scopeSuperAdmin::boolean
      or ${studioInScope(`${alias}.studio_id`)}
      or ${alias}.trainer_id in ${BELOW_ADMINS_SQL}
    then 'manage' else 'read' end`;
}
