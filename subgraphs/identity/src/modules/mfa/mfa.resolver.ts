import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../context.js';
import { confirmEnrollment, disable, setTeamMfaRequired, startEnrollment } from './mfa.service.js';
import { MfaEnrollmentType, TeamSecurityPolicyType } from './mfa.type.js';

@Resolver()
export class MfaResolver {
  @Mutation(() => MfaEnrollmentType, { description: 'Starts TOTP enrolment. Errors: CONFLICT (already on).' })
  startMfaEnrollment(@Ctx() ctx: IdentityContext): Promise<MfaEnrollmentType> {
    return startEnrollment(ctx);
  }

  @Mutation(() => Boolean, { description: 'Confirms enrolment with a 6-digit code. Errors: BAD_USER_INPUT. Sign in again afterwards.' })
  confirmMfaEnrollment(@Arg('code', () => String) code: string, @Ctx() ctx: IdentityContext): Promise<boolean> {
    return confirmEnrollment(ctx, code);
  }

  @Mutation(() => Boolean, { description: 'Turns MFA off. Errors: BAD_USER_INPUT (wrong code), FORBIDDEN (team requires MFA).' })
  disableMfa(@Arg('code', () => String) code: string, @Ctx() ctx: IdentityContext): Promise<boolean> {
    return disable(ctx, code);
  }

  @Mutation(() => TeamSecurityPolicyType, { description: 'Trainer Admin: require MFA for the whole team. Errors: FORBIDDEN.' })
  setTeamMfaRequired(@Arg('required', () => Boolean) required: boolean, @Ctx() ctx: IdentityContext): Promise<TeamSecurityPolicyType> {
    return setTeamMfaRequired(ctx, required);
  }
}
