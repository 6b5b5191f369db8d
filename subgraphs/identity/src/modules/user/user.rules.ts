import { isAuthenticated, isSignedIn, type IRules } from '@fitflow/kit';

/**
 * `user(id)` is narrowed to self-or-super-admin in the service (NOT_FOUND otherwise). A token that may
 * only enrol in MFA still reads its own user (isSignedIn).
 */
export const userRules: IRules = {
  Query: { me: isSignedIn, user: isAuthenticated },
  User: { '*': isSignedIn },
  RoleMembership: isSignedIn,
};
