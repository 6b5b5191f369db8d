import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../../context.js';
import { getMe, getUser } from './user.service.js';
import { RoleMembershipType, UserType } from './user.type.js';

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserType, { description: 'The signed-in user. Errors: UNAUTHENTICATED.' })
  me(@Ctx() ctx: IdentityContext): Promise<UserType> {
    return getMe(ctx);
  }

  @Query(() => UserType, { description: 'A user: yourself, or anyone for a super admin. Errors: NOT_FOUND, BAD_USER_INPUT.' })
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: IdentityContext): Promise<UserType> {
    return getUser(ctx, id);
  }

  @FieldResolver(() => [RoleMembershipType], { description: 'Roles the user holds, and where.' })
  async roles(@Root() user: UserType, @Ctx() ctx: IdentityContext): Promise<RoleMembershipType[]> {
    return (await ctx.loaders.rolesOfUser.load(user.id)).map(RoleMembershipType.from);
  }
}
