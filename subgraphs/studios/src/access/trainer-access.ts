import { grantedTrainerIds, studioInScopeSql, trainerInScopeSql, type ViewerScope } from '@fitflow/kit';

/*
 * Who may see and change a trainer's billing profile (business name, business address, GST/HST, QST and
 * PST/RST registration numbers, invoice prefix), from kit's ViewerScope (docs/domain.md, Roles):
 * - change it: the trainer themself, the trainer admins above them (transitively down
 *   `studios.trainers.parent_trainer_id`) and super admins;
 * - see it: the same, and the studio admins of a studio the trainer has a contract with (or of a studio
 *   above it) — every part of the profile is printed on the invoices that studio receives.
 * Anyone else sees no billing profile (`Trainer.billingProfile` is null for them). Trainer profiles
 * themselves are directory data: a trainer outside the scope exists (FORBIDDEN, not NOT_FOUND, for a
 * change). Studios walks its own tables; the SQL binds only kit's `scopeParams` names.
 */

/** True when the scope may change some trainer's billing profile: a super admin, or a trainer (their own, their team's). */
export const mayEditSomeBillingProfile = (scope: ViewerScope) => scope.superAdmin || grantedTrainerIds(scope).length > 0;

/** True when the scope sees no billing profile at all (then the repository answers without a query). */
export const seesNoBillingProfile = (scope: ViewerScope) => !scope.superAdmin && grantedTrainerIds(scope).length === 0 && scope.studioIds.length === 0;

/**
 * SQL condition "the caller may change the billing profile of trainer row `alias` (`studios.trainers`)".
 * Binds `:scopeSuperAdmin`, `:scopeTrainers`, `:scopeAdmins`.
 */
export function editsBillingProfileSql(alias: string): string {
  return `(:scopeSuperAdmin::boolean or ${trainerInScopeSql(`${alias}.id`, 'studios.trainers')})`;
}

/**
 * SQL condition "the caller may see the billing profile of trainer row `alias`": {@link editsBillingProfileSql},
 * or a contract of that trainer at a studio the caller administers (or below one). Also binds `:scopeStudios`.
 */
export function seesBillingProfileSql(alias: string): string {
  return `(${editsBillingProfileSql(alias)}
    or exists (select 1 from studios.trainer_studios bc
                where bc.trainer_id = ${alias}.id and ${studioInScopeSql('bc.studio_id', 'studios.studios')}))`;
}
