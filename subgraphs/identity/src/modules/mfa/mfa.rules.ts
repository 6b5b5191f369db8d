import { hasAnyRole, isAuthenticated, isSignedIn, type IRules } from '@fitflow/kit';

/**
 * Enrolment is open to a user whose team requires MFA before they have enrolled (isSignedIn, not
 * isAuthenticated); team rules are a trainer admin's.
 */
export const mfaRules: IRules = {
  Mutation: {
    startMfaEnrollment: isSignedIn,
    confirmMfaEnrollment: isSignedIn,
    disableMfa: isAuthenticated,
    setTeamMfaRequired: hasAnyRole('trainer_admin'),
  },
  MfaEnrollment: isSignedIn,
  TeamSecurityPolicy: isAuthenticated,
};
