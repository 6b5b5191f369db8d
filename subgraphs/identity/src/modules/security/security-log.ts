import { decodeCursor, toConnection, type BaseContext, type Connection } from '@fitflow/kit';
import { isIP } from 'node:net';
import type { DataSource, EntityManager } from 'typeorm';

/** What can happen to an account, as its security log names it. */
export type SecurityEventKind =
  | 'signed_in'
  | 'sign_in_failed'
  | 'mfa_code_rejected'
  | 'sign_in_throttled'
  | 'sign_in_refused_suspended'
  | 'account_unlocked'
  | 'account_suspended'
  | 'account_reinstated';

/** A row of `identity.security_events` (append-only for the runtime role). */
export interface SecurityEventRow {
  id: string;
  userId: string;
  kind: SecurityEventKind;
  sourceAddress: string | null;
  knownDevice: boolean;
  retryAfterSeconds: number | null;
  actorId: string | null;
  reason: string | null;
  createdAt: Date;
}

/** What to append; the request id comes from the context. No secret or PHI goes in (an address and a reason only). */
export interface SecurityEventInput {
  kind: SecurityEventKind;
  sourceAddress?: string | null;
  knownDevice?: boolean;
  retryAfterSeconds?: number | null;
  /** The support agent acting on the account; null for the account's own sign-ins. */
  actorId?: string | null;
  reason?: string | null;
}

/** A cursor key as `toISOString()` writes it (so PostgreSQL never sees a date like 2026-02-30). */

/** The account's security log: every sign-in, failure, throttle and support action, oldest never rewritten. */
export class SecurityLog {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** Appends an event of `userId`'s account. */
  async append(ctx: BaseContext, userId: string, event: SecurityEventInput): Promise<void> {
    await this.db.query(
      `insert into identity.security_events (user_id, kind, source_address, known_device, retry_after_seconds, actor_id, reason, request_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        userId,
        event.kind,
        event.sourceAddress && isIP(event.sourceAddress) ? event.sourceAddress : null,
        event.knownDevice ?? false,
        event.retryAfterSeconds ?? null,
        event.actorId ?? null,
        event.reason ?? null,
        ctx.requestId,
      ],
    );
  }

  /** A page of the account's events, newest first (keyset on created_at, id). @throws BAD_USER_INPUT for a foreign cursor. */
  async page(userId: string, first: number, after?: string | null): Promise<Connection<SecurityEventRow>> {
    const cursor = decodeCursor(after, 'instant');
    const rows: SecurityEventRow[] = await this.db.query(
      `select id, user_id as "userId", kind, host(source_address) as "sourceAddress", known_device as "knownDevice",
              retry_after_seconds as "retryAfterSeconds", actor_id as "actorId", reason, created_at as "createdAt"
         from identity.security_events
        where user_id = $1 and ($2::timestamptz is null or (created_at, id) < ($2::timestamptz, $3::uuid))
        order by created_at desc, id desc
        limit $4`,
      [userId, cursor?.key ?? null, cursor?.id ?? '00000000-0000-0000-0000-000000000000', first + 1],
    );
    return toConnection(rows, first, (r) => r.createdAt.toISOString());
  }

  /** Addresses the account's failures came from in the last day (support's unlock clears each). */
  async recentFailureSources(userId: string): Promise<string[]> {
    const rows: { source: string }[] = await this.db.query(
      `select distinct host(source_address) as source from identity.security_events
        where user_id = $1 and kind in ('sign_in_failed', 'mfa_code_rejected', 'sign_in_throttled')
          and source_address is not null and created_at > now() - interval '1 day'`,
      [userId],
    );
    return rows.map((r) => r.source);
  }
}
