import { PageArgs, type Connection } from '@fitflow/kit';
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { ClientsContext } from '../../context.js';
import { clientAccessLog, myAccessLog } from './access-log.service.js';
import { AccessLogEntryConnection, type AccessLogEntryType } from './access-log.type.js';

@Resolver()
export class AccessLogResolver {
  @Query(() => AccessLogEntryConnection, {
    description: 'Who read a client’s record, newest first. For the client’s trainer and their team admin. Errors: NOT_FOUND, FORBIDDEN.',
  })
  clientAccessLog(
    @Arg('clientId', () => ID) clientId: string,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: ClientsContext,
  ): Promise<Connection<AccessLogEntryType>> {
    return clientAccessLog(ctx, clientId, args);
  }

  @Query(() => AccessLogEntryConnection, { description: 'Clients: who read your record (user, when, what, why), newest first.' })
  myAccessLog(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: ClientsContext): Promise<Connection<AccessLogEntryType>> {
    return myAccessLog(ctx, args);
  }
}
