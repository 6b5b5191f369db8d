import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener, type GraphQLResponse } from '@apollo/server';
import { decryptJson, encryptJson, ErrorCode, failFastRedis, sha256Hex, type DataKey, type Logger, type Viewer } from '@fitflow/kit';
import { GraphQLError, type FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import { hkdfSync, randomBytes, randomUUID } from 'node:crypto';

/**
 * `Idempotency-Key` on mutations (docs/api.md, "Retrying a mutation safely"), after the IETF draft
 * "The Idempotency-Key HTTP Header Field": a client that retries a mutation with the key it sent the
 * first time gets the first answer again instead of a second write.
 */

/** The request header a client sends its key in (lower case, as Node reads headers). */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
/** The response header (`true`) on an answer replayed from the store rather than executed. */
export const IDEMPOTENT_REPLAYED_HEADER = 'idempotent-replayed';

/** Longest accepted key, in characters. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

export interface IdempotencySettings {
  /** How long a finished answer is kept and replayed, in milliseconds (default 24 h). */
  answerTtlMs: number;
  /**
   * How long a claim of a running request holds, in milliseconds (default 2 minutes): a gateway that
   * dies mid-request leaves a claim that expires after this, and the key can be used again.
   */
  runningTtlMs: number;
  /** Most answers kept in this process when there is no Redis (least recently used go first). */
  maxEntriesInMemory: number;
}

/** 24 h answers, 2-minute claims, 10,000 answers in memory (docs/api.md, "Retrying a mutation safely"). */
export const DEFAULT_IDEMPOTENCY_SETTINGS: IdempotencySettings = {
  answerTtlMs: 24 * 60 * 60 * 1000,
  runningTtlMs: 2 * 60 * 1000,
  maxEntriesInMemory: 10_000,
};

/** What is kept per caller and key: a claim while the first request runs, then its answer. */
type IdempotencyRecord =
  { state: 'running'; fingerprint: string; claim: string } | { state: 'done'; fingerprint: string; status: number; body: FormattedExecutionResult };

/** Where records live: Redis (shared by every gateway instance) or this process. */
interface IdempotencyStore {
  /** Claims `key` for a new request (null), or returns what is already there. */
  claim(key: string, record: IdempotencyRecord & { state: 'running' }, ttlMs: number): Promise<IdempotencyRecord | null>;
  /** Replaces the claim by the answer. */
  complete(key: string, record: IdempotencyRecord & { state: 'done' }, ttlMs: number): Promise<void>;
  /** Drops the claim `claim` of `key` (not a newer one), so that a retry runs. */
  release(key: string, claim: string): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Deletes KEYS[1] only while it still holds the claim ARGV[1]. */
const RELEASE_SCRIPT = `local v = redis.call('get', KEYS[1])
if v and cjson.decode(v).claim == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0`;

/**
 * The key stored answers are sealed with in Redis (AES-256-GCM, kit `encryptJson`): an answer may hold
 * PHI (a client's name, a session note), and Redis keeps it for 24 h. Derived (HKDF-SHA-256) from the
 * gateway's secret, so every gateway instance can open what another stored; without a secret, a random
 * key of this process (its answers replay only here).
 */
function answerKey(secret: string | undefined): DataKey {
  const material = secret ? Buffer.from(hkdfSync('sha256', secret, '', 'fitflow idempotency answers v1', 32)) : randomBytes(32);
  return { id: 'idempotency', key: material };
}

/** A finished record as Redis holds it: the answer sealed under {@link answerKey}, bound to its key. */
type SealedRecord = { state: 'done'; fingerprint: string; sealed: string };

function redisStore(url: string, prefix: string, dataKey: DataKey): IdempotencyStore {
  const seal = (key: string, record: IdempotencyRecord & { state: 'done' }): SealedRecord => ({
    state: 'done',
    fingerprint: record.fingerprint,
    sealed: encryptJson(dataKey, { status: record.status, body: record.body }, `idempotency:${key}`)!,
  });
  const unseal = (key: string, stored: IdempotencyRecord | SealedRecord): IdempotencyRecord => {
    if (stored.state !== 'done' || !('sealed' in stored)) return stored as IdempotencyRecord;
    const answer = decryptJson<{ status: number; body: FormattedExecutionResult }>(dataKey, stored.sealed, `idempotency:${key}`)!;
    return { state: 'done', fingerprint: stored.fingerprint, ...answer };
  };
  // Failures are reported where the store is used (mutations then run without replay protection).
  const redis = failFastRedis(url);
  return {
    async claim(key, record, ttlMs) {
      for (let attempt = 0; attempt < 2; attempt++) {
        if ((await redis.set(prefix + key, JSON.stringify(record), 'PX', ttlMs, 'NX')) === 'OK') return null;
        const existing = await redis.get(prefix + key);
        // Expired between the two commands: claim again.
        if (existing) return unseal(key, JSON.parse(existing) as IdempotencyRecord | SealedRecord);
      }
      throw new Error('idempotency: could not claim a key');
    },
    async complete(key, record, ttlMs) {
      await redis.set(prefix + key, JSON.stringify(seal(key, record)), 'PX', ttlMs);
    },
    async release(key, claim) {
      await redis.eval(RELEASE_SCRIPT, 1, prefix + key, claim);
    },
    async start() {
      await redis.connect();
    },
    async stop() {
      if (redis.status !== 'end') await redis.quit().catch(() => redis.disconnect());
    },
  };
}

function memoryStore(maxEntries: number): IdempotencyStore {
  const cache = new LRUCache<string, IdempotencyRecord>({ max: maxEntries, ttlAutopurge: false });
  return {
    claim(key, record, ttlMs) {
      const existing = cache.get(key);
      if (existing) return Promise.resolve(existing);
      cache.set(key, record, { ttl: ttlMs });
      return Promise.resolve(null);
    },
    complete(key, record, ttlMs) {
      cache.set(key, record, { ttl: ttlMs });
      return Promise.resolve();
    },
    release(key, claim) {
      const existing = cache.get(key);
      if (existing?.state === 'running' && existing.claim === claim) cache.delete(key);
      return Promise.resolve();
    },
    start: () => Promise.resolve(),
    stop: () => Promise.resolve(),
  };
}

/**
 * The key of a request's `Idempotency-Key` header, or null without one. The draft's form is a quoted
 * string (`"8e03978e-…"`); a bare token is accepted too (most clients send one).
 * @throws GraphQLError `BAD_REQUEST` (HTTP 400) when the key is empty, longer than
 *   {@link MAX_IDEMPOTENCY_KEY_LENGTH} characters or holds anything but printable ASCII; the message
 *   says what a key must be and never repeats it.
 */
export function idempotencyKeyOf(headerValue: string | undefined): string | null {
  if (headerValue === undefined) return null;
  const quoted = /^"(.*)"$/s.exec(headerValue.trim());
  const key = quoted ? quoted[1] : headerValue.trim();
  let problem: string | null = null;
  if (!key) problem = 'it is empty';
  else if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) problem = `it is ${key.length} characters long`;
  else if (!/^[\x20-\x7e]+$/.test(key)) problem = 'it holds characters other than printable ASCII';
  if (problem) {
    throw new GraphQLError(
      `The Idempotency-Key header must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} printable ASCII characters (a fresh UUID per mutation is best), but ${problem}.`,
      { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
    );
  }
  return key;
}

/** JSON with object keys sorted at every level: equal values give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Error codes that are the caller's fault and final: an answer carrying only these is stored and
 * replayed like a success (retrying the same request would fail the same way). Any other error
 * (INTERNAL_SERVER_ERROR, a subgraph unreachable, UNAUTHENTICATED for an expired token,
 * TOO_MANY_REQUESTS) releases the key when nothing was written, so that a retry runs.
 */
const FINAL_ERROR_CODES = new Set<string>([ErrorCode.BAD_USER_INPUT, ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND, ErrorCode.CONFLICT]);

/** Whether `body` is an answer to keep: some mutation field answered (something was written), or every error is final. */
function isFinal(body: FormattedExecutionResult): boolean {
  const answered = Object.values(body.data ?? {}).some((value) => value !== null);
  if (answered) return true;
  return (body.errors ?? []).every((error) => FINAL_ERROR_CODES.has(String(error.extensions?.code ?? '')));
}

/** How often a failing store is logged, in milliseconds. */
const STORE_ERROR_LOG_INTERVAL_MS = 30_000;

export interface IdempotencyOptions {
  log: Logger;
  /** Redis shared by every gateway instance (`REDIS_URL`); without it records live in this process. */
  redisUrl?: string;
  /** Prefix of the Redis keys, e.g. `fitflow-gw:idem:`. */
  keyPrefix: string;
  /** The gateway's secret (`GATEWAY_SECRET`): answers kept in Redis are sealed under a key derived from it ({@link answerKey}). */
  secret?: string;
  settings?: Partial<IdempotencySettings>;
}

/**
 * The Apollo Server plugin that honours `Idempotency-Key` on mutations of signed-in callers.
 *
 * - Per caller: the key is scoped to the person (`Viewer.userId`) or, for an app token, the app
 *   (`Viewer.app.id`); two callers never see each other's answers. Anonymous mutations (sign-in,
 *   password reset) are never stored: the header is checked and otherwise ignored.
 * - Per request: the fingerprint is the SHA-256 of the operation text, its name and its variables
 *   (keys sorted). The first request claims the key (Redis `SET NX` with {@link IdempotencySettings.runningTtlMs});
 *   its answer is then kept for {@link IdempotencySettings.answerTtlMs} (24 h) and replayed, byte for
 *   byte with its HTTP status, to a retry with the same fingerprint, with `Idempotent-Replayed: true`.
 * - Errors: see {@link FINAL_ERROR_CODES}. A store that fails (Redis down) lets mutations run without
 *   the key's protection (fail open, logged), as rate limits do for requests other than sign-ins.
 * - Queries and the header on them are ignored.
 *
 * @throws (from the request pipeline, as GraphQL errors) `BAD_REQUEST` HTTP 400 for a malformed key
 *   ({@link idempotencyKeyOf}); `BAD_USER_INPUT` HTTP 422 when the key was used for a different
 *   request (`extensions.idempotency: "reused"`); `CONFLICT` HTTP 409 while the first request with
 *   the key is still running (`extensions.idempotency: "running"`, `extensions.retryAfterSeconds`).
 */
export function idempotencyPlugin<TContext extends { viewer: Viewer | null }>(options: IdempotencyOptions): ApolloServerPlugin<TContext> {
  const settings = { ...DEFAULT_IDEMPOTENCY_SETTINGS, ...options.settings };
  const store = options.redisUrl ? redisStore(options.redisUrl, options.keyPrefix, answerKey(options.secret)) : memoryStore(settings.maxEntriesInMemory);
  const { log } = options;
  let lastStoreError = 0;
  const storeFailed = (error: unknown) => {
    if (Date.now() - lastStoreError < STORE_ERROR_LOG_INTERVAL_MS) return;
    lastStoreError = Date.now();
    log.warn({ err: error }, 'idempotency: the key store failed (mutations run without replay protection)');
  };

  return {
    async serverWillStart() {
      await store.start().catch((error: unknown) => storeFailed(error));
      return {
        async serverWillStop() {
          await store.stop();
        },
      };
    },

    requestDidStart(): Promise<GraphQLRequestListener<TContext>> {
      /** Set when this request claimed a key: complete or release it when the answer is known. */
      let claimed: { key: string; fingerprint: string; claim: string } | undefined;
      /** Set when this request is a retry of a finished one. */
      let replay: (IdempotencyRecord & { state: 'done' }) | undefined;

      return Promise.resolve({
        async didResolveOperation(ctx) {
          if (ctx.operation?.operation !== 'mutation') return;
          const key = idempotencyKeyOf(ctx.request.http?.headers.get(IDEMPOTENCY_KEY_HEADER));
          const viewer = ctx.contextValue.viewer;
          if (key === null || !viewer) return;
          const owner = viewer.app ? `app:${viewer.app.id}` : `user:${viewer.userId}`;
          // Hashed: a key chosen by a client is stored neither as written nor next to its owner's id.
          const storeKey = sha256Hex(`${owner}\n${key}`);
          const fingerprint = sha256Hex(
            canonicalJson({ query: ctx.source, operationName: ctx.request.operationName ?? null, variables: ctx.request.variables ?? {} }),
          );
          const claim = randomUUID();
          let existing: IdempotencyRecord | null;
          try {
            existing = await store.claim(storeKey, { state: 'running', fingerprint, claim }, settings.runningTtlMs);
          } catch (error) {
            storeFailed(error);
            return;
          }
          if (existing === null) {
            claimed = { key: storeKey, fingerprint, claim };
          } else if (existing.fingerprint !== fingerprint) {
            throw new GraphQLError(
              'This Idempotency-Key was already used for a different request (another operation or other variables). Send a new key with each new mutation.',
              { extensions: { code: ErrorCode.BAD_USER_INPUT, idempotency: 'reused', http: { status: 422 } } },
            );
          } else if (existing.state === 'running') {
            throw new GraphQLError('The first request with this Idempotency-Key is still running. Retry in a few seconds to get its answer.', {
              extensions: { code: ErrorCode.CONFLICT, idempotency: 'running', retryAfterSeconds: 2, http: { status: 409 } },
            });
          } else {
            replay = existing;
          }
        },

        responseForOperation(): Promise<GraphQLResponse | null> {
          if (!replay) return Promise.resolve(null);
          return Promise.resolve({
            http: { status: replay.status, headers: new HeaderMap([[IDEMPOTENT_REPLAYED_HEADER, 'true']]) },
            body: { kind: 'single', singleResult: replay.body },
          });
        },

        async willSendResponse(ctx) {
          if (!claimed) return;
          const { key, fingerprint, claim } = claimed;
          claimed = undefined;
          const { body } = ctx.response;
          try {
            if (body.kind === 'single' && isFinal(body.singleResult)) {
              const record = { state: 'done' as const, fingerprint, status: ctx.response.http.status ?? 200, body: body.singleResult };
              await store.complete(key, record, settings.answerTtlMs);
            } else {
              await store.release(key, claim);
            }
          } catch (error) {
            storeFailed(error);
          }
        },
      });
    },
  };
}
