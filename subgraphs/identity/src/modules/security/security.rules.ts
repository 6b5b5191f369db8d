import { isAuthenticated, type IRules } from '@fitflow/kit';

/** An account's security log: narrowed to the holder and super admins in the service and in SQL. */
export const securityRules: IRules = {
  User: { securityEvents: isAuthenticated },
  SecurityEventConnection: isAuthenticated,
  SecurityEventEdge: isAuthenticated,
  SecurityEvent: isAuthenticated,
  // kit's shared PageInfo: identity's only connection is here.
  PageInfo: isAuthenticated,
};
