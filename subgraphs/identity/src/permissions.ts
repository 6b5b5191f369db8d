import { allow, hasAnyRole, isAuthenticated, isSignedIn, type IRules } from '@fitflow/kit';

/**
 * identity's rules (graphql-shield, deny by default). Anonymous callers may only sign in (both steps) and refresh.
 * `user(id)` is narrowed to self-or-super-admin in the service (NOT_FOUND otherwise).
 */
export const permissions: IRules = {
  Query: { me: isSignedIn, user: isAuthenticated },
  Mutation: {
    login: allow,
    verifyMfa: allow,
    refreshToken: allow,
    logout: isSignedIn,
    changePassword: isAuthenticated,
    // Open to a user whose team requires MFA before they have enrolled (isSignedIn, not isAuthenticated).
    startMfaEnrollment: isSignedIn,
    confirmMfaEnrollment: isSignedIn,
    disableMfa: isAuthenticated,
    setTeamMfaRequired: hasAnyRole('trainer_admin'),
  },
  AuthPayload: allow,
  User: isSignedIn,
  RoleMembership: isSignedIn,
  MfaEnrollment: isSignedIn,
  TeamSecurityPolicy: isAuthenticated,
};
