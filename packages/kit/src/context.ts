import type { Viewer } from './auth.js';
import type { Logger } from './logger.js';
import { RequestTransaction } from './request-transaction.js';
import { SYSTEM_USER_ID, scopeOf, systemScope, type ViewerScope } from './scope.js';

/**
 * What one request is, in every subgraph: who asks and how to log it — nothing else. Process-wide
 * dependencies (database, keys, clock, mailer…) are a subgraph's `Deps`, built once at start; the
 * per-request data-access object and DataLoaders are built from this and those (docs/conventions.md,
 * Request context and dependencies).
 */
export interface RequestContext {
  /** Correlates log lines of one request; never contains PHI. */
  requestId: string;
  /** The verified caller, or null when anonymous. */
  viewer: Viewer | null;
  /** What the caller may reach, computed once from `viewer` ({@link scopeOf}). */
  scope: ViewerScope;
  /** The caller's address (right-most X-Forwarded-For) or null; never logged with PHI. */
  ip: string | null;
  userAgent: string | null;
  /**
   * The request carried the gateway's valid credential (kit `verifyGatewayCredential`): `requestId`
   * and `ip` are the gateway's. Internal operations (`@inaccessible`, e.g. identity's app-token
   * issuance) are open only to such requests.
   */
  viaGateway: boolean;
  log: Logger;
  /**
   * The request's one transaction when it is a read ({@link RequestTransaction}): the subgraph server
   * shares it for GraphQL queries and ends it before answering. Absent or not shared: every unit of
   * work is its own transaction.
   */
  transaction?: RequestTransaction;
}

/** The request context of a verified caller (what the HTTP layer builds for every request). */
export function requestContext(facts: {
  requestId: string;
  viewer: Viewer | null;
  ip?: string | null;
  userAgent?: string | null;
  viaGateway?: boolean;
  log: Logger;
}): RequestContext {
  return {
    requestId: facts.requestId,
    viewer: facts.viewer,
    scope: scopeOf(facts.viewer),
    ip: facts.ip ?? null,
    userAgent: facts.userAgent ?? null,
    viaGateway: facts.viaGateway ?? false,
    log: facts.log,
    transaction: new RequestTransaction(),
  };
}

/**
 * The request context of work no person asked for at that moment — a scheduled job, a seed, a webhook:
 * the one named system bypass ({@link systemScope}). Its viewer is the system user as a super admin, so
 * audit rows name {@link SYSTEM_USER_ID} and `actor` travels in the user-agent column.
 * @param actor what is acting, e.g. "erasure-job" (no PHI).
 */
export function systemContext(actor: string, log: Logger): RequestContext {
  const requestId = `${actor}-${crypto.randomUUID()}`;
  return {
    requestId,
    viewer: { userId: SYSTEM_USER_ID, roles: [{ role: 'super_admin', scopeId: null }] },
    scope: systemScope(),
    ip: null,
    userAgent: `fitflow-${actor}`,
    viaGateway: false,
    log: log.child({ requestId, actor }),
  };
}
