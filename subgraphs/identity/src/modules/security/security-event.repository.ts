import { keyset, runSql, scopeParams, type PageRequest, type ViewerScope } from '@fitflow/kit';
import { isIP } from 'node:net';
import type { EntityManager } from 'typeorm';
import { ownAccountSql } from '../../access/account-access.js';

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

/** What to append. No secret or PHI goes in (an address and a reason only). */
export interface SecurityEventInput {
  kind: SecurityEventKind;
  sourceAddress?: string | null;
  knownDevice?: boolean;
  retryAfterSeconds?: number | null;
  /** The support agent acting on the account; null for the account's own sign-ins. */
  actorId?: string | null;
  reason?: string | null;
}

/** The order of a security log page: newest first, by instant then id. */
const NEWEST_FIRST = { key: 'created_at', id: 'id', direction: 'desc', kind: 'instant' } as const;

/**
 * The account's security log (`identity.security_events`): every sign-in, failure, throttle and
 * support action, never rewritten. Anyone's sign-in appends to it (before they are signed in); only
 * the account holder and super admins read it (`scope`, in SQL).
 */
export class SecurityEventRepository {
  constructor(
    private readonly em: EntityManager,
    readonly scope: ViewerScope,
  ) {}

  /** Appends an event of `userId`'s account, stamped with the request id (an address that is not an IP is dropped). */
  async append(requestId: string, userId: string, event: SecurityEventInput): Promise<void> {
    await runSql(
      this.em,
      `insert into identity.security_events (user_id, kind, source_address, known_device, retry_after_seconds, actor_id, reason, request_id)
       values (:userId, :kind, :sourceAddress, :knownDevice, :retryAfterSeconds, :actorId, :reason, :requestId)`,
      {
        userId,
        kind: event.kind,
        sourceAddress: event.sourceAddress && isIP(event.sourceAddress) ? event.sourceAddress : null,
        knownDevice: event.knownDevice ?? false,
        retryAfterSeconds: event.retryAfterSeconds ?? null,
        actorId: event.actorId ?? null,
        reason: event.reason ?? null,
        requestId,
      },
    );
  }

  /**
   * Up to `page.first + 1` events of `userId`'s account after the cursor, newest first (keyset on
   * created_at, id); none when the account is not the caller's and the caller is no super admin.
   */
  page(userId: string, page: PageRequest): Promise<SecurityEventRow[]> {
    const order = keyset(NEWEST_FIRST, page.after);
    return runSql<SecurityEventRow>(
      this.em,
      `select id, user_id as "userId", kind, host(source_address) as "sourceAddress", known_device as "knownDevice",
              retry_after_seconds as "retryAfterSeconds", actor_id as "actorId", reason, created_at as "createdAt"
         from identity.security_events
        where user_id = :userId and ${ownAccountSql('user_id')} and ${order.after}
        order by ${order.orderBy}
        limit :limit`,
      { ...scopeParams(this.scope), ...order.params, userId, limit: page.first + 1 },
    );
  }

  /** Addresses the account's failures came from in the last day (support's unlock clears each). */
  async recentFailureSources(userId: string): Promise<string[]> {
    const rows = await runSql<{ source: string }>(
      this.em,
      `select distinct host(source_address) as source from identity.security_events
        where user_id = :userId and kind in ('sign_in_failed', 'mfa_code_rejected', 'sign_in_throttled')
          and source_address is not null and created_at > now() - interval '1 day'`,
      { userId },
    );
    return rows.map((r) => r.source);
  }
}
