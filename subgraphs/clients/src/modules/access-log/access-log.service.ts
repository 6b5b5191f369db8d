import { forbidden, notFound, pageRequest, parseId, toConnection, type Connection, type PageArgs } from '@fitflow/kit';
import type { ClientsContext } from '../../context.js';
import type { AccessLogEntryType } from './access-log.type.js';

/**
 * Who read a client's record, newest first: for the client's own trainer and the admin of the team
 * the trainer belongs to (a trainer the client was merely shared with may not audit others).
 * @throws BAD_USER_INPUT for a malformed id or cursor; NOT_FOUND when the caller cannot see the
 * client; FORBIDDEN when they see it only through a share or as the client (who uses `myAccessLog`).
 */
export async function clientAccessLog(ctx: ClientsContext, clientId: string, args: PageArgs): Promise<Connection<AccessLogEntryType>> {
  const id = parseId(clientId, 'clientId');
  const { first, after } = pageRequest(args, 'timestamptz');
  const rows = await ctx.data.run(async (tx) => {
    const relation = await tx.clients.relationTo(id);
    if (!relation) throw notFound('Client');
    if (relation !== 'owner' && relation !== 'team') throw forbidden('Only the client’s trainer and their team admin can see who accessed this record.');
    return tx.accessLog.page([id], first, after);
  });
  return toConnection(rows, first, (r) => r.sortKey);
}

/**
 * Who read the calling client's own record (trainers, themself, a super admin's break glass), newest first.
 * @throws FORBIDDEN for a caller who is no client; BAD_USER_INPUT for a malformed cursor.
 */
export async function myAccessLog(ctx: ClientsContext, args: PageArgs): Promise<Connection<AccessLogEntryType>> {
  if (ctx.scope.clientIds.length === 0) throw forbidden('Only clients have an access log of their own record.');
  const { first, after } = pageRequest(args, 'timestamptz');
  const rows = await ctx.data.run((tx) => tx.accessLog.page(ctx.scope.clientIds, first, after));
  return toConnection(rows, first, (r) => r.sortKey);
}
