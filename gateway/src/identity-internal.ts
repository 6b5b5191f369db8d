import type { Logger } from '@fitflow/kit';
import { randomUUID } from 'node:crypto';
import type { Caller, CredentialSigner } from './caller.js';
import { subgraphRoutingUrl, type SubgraphRouteOptions } from './subgraph-route.js';

/** How long the gateway waits for identity's internal operations, in milliseconds. */
const IDENTITY_TIMEOUT_MS = 10_000;

/** A registered operation of an app, as identity's `appOperation` answers it. */
export interface AppOperationDocument {
  /** sha256 hex of `body`. */
  id: string;
  name: string;
  /** `query` or `mutation`. */
  type: string;
  body: string;
}

/** The most usage entries identity takes in one `recordAppUsage` call. */
export const USAGE_BATCH_ENTRIES = 1000;
/** The longest operation name identity records, in characters. */
export const USAGE_OPERATION_NAME_MAX = 200;

/** What identity's `issueAppToken` issued. */
export interface IssuedAppToken {
  accessToken: string;
  /** Seconds. */
  expiresIn: number;
  /** The granted scopes, space-separated. */
  scope: string;
}

/** Calls and errors of one app's operation since the last report (identity's `AppUsageInput`). */
export interface AppUsageEntry {
  appId: string;
  operationName: string;
  calls: number;
  errors: number;
  /** ISO 8601 instant of the last call counted. */
  lastUsedAt: string;
}

/**
 * Identity refused an internal call with a typed GraphQL error from a resolver: `code` is its
 * `extensions.code` (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT…), `oauthError` its RFC 6749 error
 * (`issueAppToken`: invalid_client, unauthorized_client, invalid_scope), `message` meant for a person.
 */
export class IdentityRefusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly oauthError?: string,
  ) {
    super(message);
  }
}

/** identity's internal (`@inaccessible`, gateway-only) operations, as the gateway calls them. */
export interface IdentityInternal {
  /**
   * RFC 6749 §4.4 on identity's side: checks the client's credentials and issues a short-lived app token.
   * @throws IdentityRefusal with `oauthError` invalid_client (UNAUTHENTICATED), unauthorized_client (FORBIDDEN: suspended,
   *   waiting for approval, owner lost the role) or invalid_scope (BAD_USER_INPUT)
   * @throws Error when identity cannot be reached or answers something else
   */
  issueAppToken(input: { clientId: string; clientSecret: string; scope?: string }, caller: Caller): Promise<IssuedAppToken>;
  /** The registered operation `operationId` of the (active) app `appId`, or null. @throws Error when identity cannot be reached */
  appOperation(appId: string, operationId: string): Promise<AppOperationDocument | null>;
  /**
   * Adds usage counts to identity's `app_usage` (at most {@link USAGE_BATCH_ENTRIES} entries a call).
   * @throws IdentityRefusal when identity refuses the batch; Error when it cannot be reached
   */
  recordAppUsage(entries: AppUsageEntry[]): Promise<void>;
}

const ISSUE_APP_TOKEN = `mutation IssueAppToken($clientId: String!, $clientSecret: String!, $scope: String) {
  issueAppToken(clientId: $clientId, clientSecret: $clientSecret, scope: $scope) { accessToken expiresIn scope }
}`;
const APP_OPERATION = `query AppOperation($appId: ID!, $operationId: String!) {
  appOperation(appId: $appId, operationId: $operationId) { id name type body }
}`;
const RECORD_APP_USAGE = `mutation RecordAppUsage($entries: [AppUsageInput!]!) { recordAppUsage(entries: $entries) }`;

type Answer<T> = {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; oauthError?: string } }[];
};

/**
 * A client of identity's internal operations: plain GraphQL POSTs to identity's own URL (never
 * through the gateway's query planner: the operations are `@inaccessible`), carrying the gateway's
 * credential (kit `signGatewayCredential`) and no user token. Identity answers them only with that
 * credential (`ctx.viaGateway`). Variables (client secrets) are never logged.
 */
export function identityInternal(
  options: Pick<SubgraphRouteOptions, 'supergraphSdl' | 'subgraphUrls'> & { credential: CredentialSigner; log: Logger },
): IdentityInternal {
  const url = subgraphRoutingUrl(options, 'identity', 'token endpoint');
  const background = (): Caller => ({ requestId: randomUUID(), ip: null, forwardedFor: '', secure: false });

  async function call<T>(operationName: string, query: string, variables: Record<string, unknown>, caller: Caller): Promise<T> {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': caller.requestId,
        ...(caller.forwardedFor ? { 'x-forwarded-for': caller.forwardedFor } : {}),
        ...(await options.credential(caller)),
      },
      body: JSON.stringify({ operationName, query, variables }),
      signal: AbortSignal.timeout(IDENTITY_TIMEOUT_MS),
    });
    let answer: Answer<T>;
    try {
      answer = (await response.json()) as Answer<T>;
    } catch {
      throw new Error(`identity answered ${operationName} with HTTP ${response.status} and no GraphQL body`);
    }
    const error = answer.errors?.[0];
    if (error) {
      const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
      // A resolver's typed refusal (it has a path) is an answer; anything else (the gate refusing the
      // credential before execution, a crash) is a fault of the deployment.
      if (error.path && ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT'].includes(code)) {
        throw new IdentityRefusal(code, error.message, error.extensions?.oauthError);
      }
      throw new Error(`identity refused ${operationName}: HTTP ${response.status}, ${code}`);
    }
    if (!answer.data) throw new Error(`identity answered ${operationName} without data`);
    return answer.data;
  }

  return {
    async issueAppToken(input, caller) {
      const data = await call<{ issueAppToken: IssuedAppToken }>('IssueAppToken', ISSUE_APP_TOKEN, { ...input, scope: input.scope ?? null }, caller);
      return data.issueAppToken;
    },
    async appOperation(appId, operationId) {
      const data = await call<{ appOperation: AppOperationDocument | null }>('AppOperation', APP_OPERATION, { appId, operationId }, background());
      return data.appOperation;
    },
    async recordAppUsage(entries) {
      await call('RecordAppUsage', RECORD_APP_USAGE, { entries }, background());
    },
  };
}
