import { hasRole, notFound, type Connection, type PageArgs } from '@fitflow/kit';
import type { IdentityContext } from '../../context.js';
import { SecurityEventType } from './security-event.type.js';
import { SecurityLog } from './security-log.js';

/**
 * A page of `userId`'s security log, newest first: for the account holder and super admins only.
 * @throws NOT_FOUND for anyone else (as for an unknown user); BAD_USER_INPUT for a foreign cursor.
 */
export async function securityEventsOf(ctx: IdentityContext, userId: string, page: PageArgs): Promise<Connection<SecurityEventType>> {
  if (userId !== ctx.viewer?.userId && !hasRole(ctx.viewer, 'super_admin')) throw notFound('User');
  const { edges, pageInfo } = await new SecurityLog(ctx.ds).page(userId, page.first, page.after);
  const actors = await ctx.loaders.userById.loadMany([...new Set(edges.flatMap((e) => (e.node.actorId ? [e.node.actorId] : [])))]);
  const names = new Map(actors.flatMap((a) => (a && !(a instanceof Error) ? [[a.id, a.displayName] as const] : [])));
  return { pageInfo, edges: edges.map((e) => ({ cursor: e.cursor, node: SecurityEventType.from(e.node, e.node.actorId ? (names.get(e.node.actorId) ?? null) : null) })) };
}
