import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IdentityContext } from '../../context.js';
import { LoginInput } from './auth.inputs.js';
import { login, logout, refresh, verifyMfa } from './auth.service.js';
import { AuthPayloadType } from './auth.type.js';
import { changePassword } from './password.service.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayloadType, {
    description:
      'Signs in. Failures never lock the account: they slow down the place they come from. Errors: BAD_USER_INPUT (malformed email), UNAUTHENTICATED, TOO_MANY_REQUESTS (extensions.retryAfterSeconds: wait that long).',
  })
  login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: IdentityContext): Promise<AuthPayloadType> {
    return login(ctx, input);
  }

  @Mutation(() => AuthPayloadType, { description: 'Second sign-in step for MFA users: the mfaToken from login and a 6-digit code. Errors: UNAUTHENTICATED.' })
  verifyMfa(@Arg('mfaToken', () => String) mfaToken: string, @Arg('code', () => String) code: string, @Ctx() ctx: IdentityContext): Promise<AuthPayloadType> {
    return verifyMfa(ctx, mfaToken, code);
  }

  @Mutation(() => AuthPayloadType, { description: 'Rotates a refresh token into a new session. Errors: UNAUTHENTICATED.' })
  refreshToken(@Arg('refreshToken', () => String) token: string, @Ctx() ctx: IdentityContext): Promise<AuthPayloadType> {
    return refresh(ctx, token);
  }

  @Mutation(() => Boolean, {
    description: 'Changes your password. Errors: BAD_USER_INPUT (wrong current password, or the new one is too short or too easy to guess).',
  })
  changePassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<boolean> {
    return changePassword(ctx, currentPassword, newPassword);
  }

  @Mutation(() => Boolean, { description: 'Revokes the refresh token (and its family). Requires a signed-in caller.' })
  logout(@Arg('refreshToken', () => String) token: string, @Ctx() ctx: IdentityContext): Promise<boolean> {
    return logout(ctx, token);
  }
}
