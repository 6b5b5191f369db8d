import { badUserInput } from '@fitflow/kit';
import type { IdentityContext } from '../../context.js';
import { tooManyAttempts } from './auth.service.js';
import { accountKeyOf } from './login-throttle.js';
import { hashPassword, verifyPassword } from './password.js';
import { assertPasswordAcceptable } from './password-policy.js';

/**
 * Changes the caller's password: the current one must be right (wrong guesses count toward the
 * sign-in delays of this account from this place), the new one must pass the password policy. Audited (without either password).
 * @throws BAD_USER_INPUT for a wrong current password or a weak new one; TOO_MANY_REQUESTS while this place must wait.
 */
export async function changePassword(ctx: IdentityContext, currentPassword: string, newPassword: string): Promise<boolean> {
  const userId = ctx.viewer!.userId;
  const user = await ctx.data.run((tx) => tx.users.findByIdOrFail(userId));
  const attempt = { account: accountKeyOf(user.email), source: ctx.sourceAddress, deviceId: null };
  const wait = await ctx.deps.throttle.check(attempt);
  if (wait) throw tooManyAttempts(wait);
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    await ctx.deps.throttle.recordFailure(attempt);
    throw badUserInput('Your current password is not right.', 'currentPassword');
  }
  if (newPassword === currentPassword) throw badUserInput('Choose a password different from your current one.', 'newPassword');
  await assertPasswordAcceptable(newPassword, [user.email]);
  const passwordHash = await hashPassword(newPassword);
  await ctx.data.run(async (tx) => {
    await tx.users.update(userId, { passwordHash });
    await tx.audit.record({ action: 'update', table: 'users', recordId: userId, newValues: { passwordChanged: true } });
  });
  return true;
}
