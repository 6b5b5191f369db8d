import { print } from 'graphql';
import { graphql } from '../__generated__';
import { operationPayload } from '../apollo/persisted';
import type { SessionFieldsFragment } from '../__generated__/graphql';

/**
 * The signed-in session: tokens from `login` / `refreshToken`, kept in sessionStorage (this tab only,
 * survives a reload, gone when the tab closes), and refreshed before the access token runs out.
 * Everything here is plain TypeScript so Apollo's fetch and React (through useSyncExternalStore) share it.
 */
export const SessionFields = graphql(`
  fragment SessionFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
  }
`);

const RefreshSessionMutation = graphql(`
  mutation RefreshSessionMutation($refreshToken: String!) {
    refreshToken(refreshToken: $refreshToken) {
      ...SessionFields
    }
  }
`);

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

const STORAGE_KEY = 'fitflow.session';
/** Refresh this long before the access token expires. */
const REFRESH_MARGIN_MS = 60_000;
export const GRAPHQL_PATH = '/graphql';

type Listener = () => void;
const listeners = new Set<Listener>();
let current: Session | null = read();
/** Why the last session ended without the user signing out (shown on the login screen). */
let endedReason: string | null = null;

function read(): Session | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function write(session: Session | null) {
  current = session;
  if (session) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  else sessionStorage.removeItem(STORAGE_KEY);
  for (const listener of listeners) listener();
}

export const getSession = () => current;
export const getEndedReason = () => endedReason;
export function subscribe(listener: Listener) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Stores the tokens of a completed sign-in (or refresh). Returns false when the payload has none (MFA pending). */
export function startSession(payload: SessionFieldsFragment): boolean {
  const { accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt } = payload;
  if (!accessToken || !accessTokenExpiresAt || !refreshToken || !refreshTokenExpiresAt) return false;
  endedReason = null;
  write({ accessToken, accessTokenExpiresAt, refreshToken, refreshTokenExpiresAt });
  return true;
}

export function endSession(reason: string | null = null) {
  endedReason = reason;
  write(null);
}

let refreshing: Promise<Session | null> | null = null;
/**
 * Trades the refresh token for a new session, once at a time (refresh tokens are single-use: two
 * parallel refreshes with the same token would revoke the whole family). Ends the session on failure.
 */
export function refreshSession(): Promise<Session | null> {
  const session = current;
  if (!session) return Promise.resolve(null);
  refreshing ??= (async () => {
    try {
      const response = await fetchWithTimeout(GRAPHQL_PATH, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          operationName: 'RefreshSessionMutation',
          ...operationPayload(RefreshSessionMutation, () => print(RefreshSessionMutation)),
          variables: { refreshToken: session.refreshToken },
        }),
      });
      const body = (await response.json()) as { data?: { refreshToken: SessionFieldsFragment } | null };
      if (body.data?.refreshToken && startSession(body.data.refreshToken)) return current;
    } catch {
      /* network failure: fall through */
    }
    endSession('Your session has ended. Please sign in again.');
    return null;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/**
 * How long a request to the gateway may take before the app gives up and offers a retry (a hung
 * gateway would otherwise leave "Loading…" on screen forever).
 */
export const REQUEST_TIMEOUT_MS = 15_000;

/** `fetch` that rejects with a `TimeoutError` DOMException after {@link REQUEST_TIMEOUT_MS}, keeping the caller's own abort signal. */
function fetchWithTimeout(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  return fetch(input, { ...init, signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
}

const expiresSoon = (session: Session) => Date.parse(session.accessTokenExpiresAt) - Date.now() < REFRESH_MARGIN_MS;

async function isUnauthenticated(response: Response): Promise<boolean> {
  if (response.status === 401) return true;
  try {
    const body = (await response.clone().json()) as { errors?: { extensions?: { code?: string } }[] };
    return !!body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  } catch {
    return false;
  }
}

/**
 * The fetch Apollo uses: adds `Authorization: Bearer …`, refreshes an access token about to expire
 * before sending, and once more (then retries) when the gateway answers UNAUTHENTICATED anyway.
 * Gives up after {@link REQUEST_TIMEOUT_MS} (a `TimeoutError`, see `lib/errors.ts`).
 */
export async function authFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  let session = current;
  if (session && expiresSoon(session)) session = await refreshSession();
  const send = (s: Session | null) => {
    const headers = new Headers(init.headers);
    if (s) headers.set('authorization', `Bearer ${s.accessToken}`);
    return fetchWithTimeout(input, { ...init, headers });
  };
  const response = await send(session);
  if (session && (await isUnauthenticated(response))) {
    const renewed = await refreshSession();
    if (renewed) return send(renewed);
  }
  return response;
}
