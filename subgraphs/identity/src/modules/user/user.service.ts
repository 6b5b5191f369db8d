import { notFound, parseId } from '@fitflow/kit';
import { readsAccount } from '../../access/account-access.js';
import type { IdentityContext } from '../../context.js';
import { UserType } from './user.type.js';

/**
 * The signed-in user.
 * @throws NOT_FOUND when the account behind a still-valid token was deleted.
 */
export async function getMe(ctx: IdentityContext): Promise<UserType> {
  const user = await ctx.loaders.userById.load(ctx.viewer!.userId);
  if (!user) throw notFound('User');
  return UserType.from(user);
}

/**
 * A user by id: yourself, or anyone for a super admin.
 * @throws NOT_FOUND for unknown ids and for other users' ids alike; BAD_USER_INPUT for a malformed id.
 */
export async function getUser(ctx: IdentityContext, id: string): Promise<UserType> {
  const userId = parseId(id);
  if (!readsAccount(ctx.scope, userId)) throw notFound('User');
  const user = await ctx.loaders.userById.load(userId);
  if (!user) throw notFound('User');
  return UserType.from(user);
}
