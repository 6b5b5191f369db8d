import { decodeCursor, forbidden, notFound, parseId, toConnection, type Connection, type PageArgs } from '@fitflow/kit';
import type { ClientsContext } from '../../context.js';
import { ClientRepository } from '../client/client.repository.js';
import { AccessLogRepository } from './access-log.repository.js';
import type { AccessLogEntryType } from './access-log.type.js';

/**
 * Who read a client's record, newest first: for the client's own trainer and the admin of the team
 * the trainer belongs to (a trainer the client was merely shared with may not audit others).
 * @throws NOT_FOUND when the caller cannot see the client; FORBIDDEN when they see it only through a
 * share or as the client (who uses `myAccessLog`).
 */
export async function clientAccessLog(ctx: ClientsContext, clientId: string, args: PageArgs): Promise<Connection<AccessLogEntryType>> {
  const id = parseId(clientId, 'clientId');
  const after = decodeCursor(args.after, 'timestamptz');
  const rows = await ctx.db.run(async (em) => {
    const relation = await new ClientRepository(em, ctx.scope).relationTo(id);
    if (!relation) throw notFound('Client');
    if (relation !== 'owner' && relation !== 'team') throw forbidden('Only the client’s trainer and their team admin can see who accessed this record.');
    return new AccessLogRepository(em).page([id], args.first, after);
  });
  return toConnection(rows, args.first, (r) => r.sortKey);
}

/** Who read the calling client's own record (trainers, themself, a super admin's break glass), newest first. */
export async function myAccessLog(ctx: ClientsContext, args: PageArgs): Promise<Connection<AccessLogEntryType>> {
  if (ctx.scope.clientIds.length === 0) throw forbidden('Only clients have an access log of their own record.');
  const after = decodeCursor(args.after, 'timestamptz');
  const rows = await ctx.db.run((em) => new AccessLogRepository(em).page(ctx.scope.clientIds, args.first, after));
  return toConnection(rows, args.first, (r) => r.sortKey);
}
