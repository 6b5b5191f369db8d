import { notFound, pageRequest, toConnection, type Connection, type PageArgs } from '@fitflow/kit';
import { readsAccount } from '../../access/account-access.js';
import type { IdentityContext } from '../../context.js';
import type { SecurityEventInput } from './security-event.repository.js';
import { SecurityEventType } from './security-event.type.js';

/**
 * A page of `userId`'s security log, newest first: for the account holder and super admins only.
 * @throws NOT_FOUND for anyone else (as for an unknown user); BAD_USER_INPUT for a foreign cursor (before any SQL).
 */
export async function securityEventsOf(ctx: IdentityContext, userId: string, page: PageArgs): Promise<Connection<SecurityEventType>> {
  if (!readsAccount(ctx.scope, userId)) throw notFound('User');
  const request = pageRequest(page, 'instant');
  const rows = await ctx.data.run((tx) => tx.securityEvents.page(userId, request));
  const { edges, pageInfo } = toConnection(rows, request.first, (r) => r.createdAt.toISOString());
  const actors = await ctx.loaders.userById.loadMany([...new Set(edges.flatMap((e) => (e.node.actorId ? [e.node.actorId] : [])))]);
  const names = new Map(actors.flatMap((a) => (a && !(a instanceof Error) ? [[a.id, a.displayName] as const] : [])));
  return {
    pageInfo,
    edges: edges.map((e) => ({ cursor: e.cursor, node: SecurityEventType.from(e.node, e.node.actorId ? (names.get(e.node.actorId) ?? null) : null) })),
  };
}

/** Appends an event of `userId`'s account in its own unit of work, stamped with this request's id. */
export async function recordSecurityEvent(ctx: IdentityContext, userId: string, event: SecurityEventInput): Promise<void> {
  await ctx.data.run((tx) => tx.securityEvents.append(ctx.requestId, userId, event));
}
