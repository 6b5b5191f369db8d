import { allow, isAuthenticated, type IRules } from '@fitflow/kit';

/**
 * identity's rules (graphql-shield, deny by default). Anonymous callers may only sign in and refresh.
 * `user(id)` is narrowed to self-or-super-admin in the service (NOT_FOUND otherwise).
 */
export const permissions: IRules = {
  Query: { me: isAuthenticated, user: isAuthenticated },
  Mutation: { login: allow, refreshToken: allow, logout: isAuthenticated },
  AuthPayload: allow,
  User: isAuthenticated,
  RoleMembership: isAuthenticated,
};
