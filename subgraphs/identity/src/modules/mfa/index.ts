import { defineModule } from '@fitflow/kit';
import { MfaResolver } from './mfa.resolver.js';
import { mfaRules } from './mfa.rules.js';

/** TOTP two-factor authentication (enrolment, sealed secrets) and the teams' MFA policies. */
export const mfaModule = defineModule({
  name: 'mfa',
  resolvers: [MfaResolver],
  rules: mfaRules,
});
