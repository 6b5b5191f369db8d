import { entityReference } from '@fitflow/kit';
import { readsAccount } from '../../access/account-access.js';
import type { IdentityContext } from '../../context.js';
import { UserType } from './user.type.js';

/**
 * `User` references: a caller resolves only their own user (a super admin, any), batched through a DataLoader.
 * Other ids resolve to null, exactly like unknown ones.
 */
export const userReference = entityReference(['id'], async ({ id }, ctx: IdentityContext): Promise<UserType | null> => {
  if (!readsAccount(ctx.scope, id)) return null;
  const user = await ctx.loaders.userById.load(id);
  return user && UserType.from(user);
});
