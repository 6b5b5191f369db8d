import { allow, hasAnyRole, isAuthenticated, isSignedIn, type IRules } from '@fitflow/kit';

const superAdmin = hasAnyRole('super_admin');

/**
 * identity's rules (graphql-shield, deny by default). Anonymous callers may only sign in (both steps) and refresh.
 * `user(id)` and `User.securityEvents` are narrowed to self-or-super-admin in the service (NOT_FOUND otherwise).
 * The support console (find by email, unlock, suspend, reinstate) is for super admins only.
 */
export const permissions: IRules = {
  Query: { me: isSignedIn, user: isAuthenticated, userByEmail: superAdmin },
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
    unlockAccount: superAdmin,
    suspendAccount: superAdmin,
    reinstateAccount: superAdmin,
  },
  AuthPayload: allow,
  User: { '*': isSignedIn, securityEvents: isAuthenticated },
  SecurityEventConnection: isAuthenticated,
  SecurityEventEdge: isAuthenticated,
  SecurityEvent: isAuthenticated,
  PageInfo: isAuthenticated,
  RoleMembership: isSignedIn,
  MfaEnrollment: isSignedIn,
  TeamSecurityPolicy: isAuthenticated,
};
