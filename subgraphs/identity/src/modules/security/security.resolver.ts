import { PageArgs, type Connection } from '@fitflow/kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../../context.js';
import { UserType } from '../user/user.type.js';
import { securityEventsOf } from './security-event.service.js';
import { SecurityEventConnection, type SecurityEventType } from './security-event.type.js';

@Resolver(() => UserType)
export class UserSecurityEventsResolver {
  @FieldResolver(() => SecurityEventConnection, {
    description: "The account's security log, newest first: sign-ins, failures, throttles, support actions. For the user themself and super admins.",
  })
  securityEvents(@Root() user: UserType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: IdentityContext): Promise<Connection<SecurityEventType>> {
    return securityEventsOf(ctx, user.id, page);
  }
}
