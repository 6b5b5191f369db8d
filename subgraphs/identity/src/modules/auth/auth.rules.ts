import { allow, isAuthenticated, isSignedIn, type IRules } from '@fitflow/kit';

/** Anonymous callers may only sign in (both steps) and refresh. */
export const authRules: IRules = {
  Mutation: {
    login: allow,
    verifyMfa: allow,
    refreshToken: allow,
    logout: isSignedIn,
    changePassword: isAuthenticated,
  },
  AuthPayload: allow,
};
