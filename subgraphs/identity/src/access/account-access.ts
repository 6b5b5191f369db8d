import type { ViewerScope } from '@fitflow/kit';

/*
 * identity's access rules: an account's own data (its user row as a `user(id)` answer, its security
 * log) is for the account holder and super admins; everything else about another account answers as
 * an unknown id. Team rules are a trainer admin's (kit `adminTrainerIds`).
 */

/** The caller may read the account `userId`: it is their own, or they are a super admin. */
export const readsAccount = (scope: ViewerScope, userId: string) => scope.superAdmin || userId === scope.userId;

/**
 * SQL condition "the account in `column` is the caller's own, or the caller is a super admin",
 * binding kit's `:scopeSuperAdmin` and `:scopeUser` (pass `scopeParams(scope)`).
 */
export const ownAccountSql = (column: string) => `(:scopeSuperAdmin::boolean or ${column} = :scopeUser::uuid)`;

/** The team whose security rules the caller sets: the first team they administer (null: not a trainer admin). */
export const administeredTeamOf = (scope: ViewerScope): string | null => scope.adminTrainerIds[0] ?? null;
