import { failFastRedis, HttpError, type Logger, type TokenVerifier, type Viewer } from '@fitflow/kit';
import type { Redis } from 'ioredis';
import { createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { TypeInfo, valueFromAST, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { graphqlParams, type AdmissionStep } from './admission.js';
import type { Caller } from './caller.js';
import { admittedDocument } from './limits.js';
import { requestFacts } from './request-facts.js';

/**
 * How many requests the gateway answers, per window, per caller (settings `RATE_LIMIT_*`; docs/api.md,
 * "Rate limits"). Counted in Redis when `REDIS_URL` is set (shared by every gateway instance), else in
 * this process's memory.
 */
export interface RateLimitSettings {
  /** The window of the request limits below, in seconds. */
  windowSeconds: number;
  /** Requests from one address (every request, signed in or not). */
  perIp: number;
  /** Requests from one person running the web app's persisted operations. */
  perUserWeb: number;
  /** Requests from one person sending operation text (development) or anything but a web operation. */
  perUser: number;
  /** Requests from one app (all its tokens together). */
  perApp: number;
  /** The window of the sign-in limits, in seconds. */
  loginWindowSeconds: number;
  /** Sign-in attempts (`login`, `verifyMfa` fields) for one account (email, or MFA challenge). */
  loginsPerAccount: number;
  /** Sign-in attempts from one address, whatever the account. */
  loginsPerIp: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  windowSeconds: 60,
  perIp: 600,
  perUserWeb: 240,
  perUser: 120,
  perApp: 60,
  loginWindowSeconds: 900,
  loginsPerAccount: 20,
  loginsPerIp: 100,
};

/** The sign-in fields of `Mutation`: each one in a document is one attempt. */
const SIGN_IN_FIELDS = new Set(['login', 'verifyMfa']);

/** One sign-in field of a document: which field, and the account it tries (null: not readable, e.g. a bad variable). */
export interface SignInAttempt {
  field: string;
  /** `login`: the email, trimmed and lower-cased; `verifyMfa`: the MFA token. Never logged. */
  account: string | null;
  /** `login`: the `deviceToken` it carries (a device that signed in to the account before), if any. */
  device?: string;
}

/**
 * The sign-in attempts in `document`: every `Mutation.login` and `Mutation.verifyMfa` field (aliases
 * and fragments included: ten aliased `login`s are ten attempts) of the operation that will run
 * (`operationName`, or every mutation when it names none), with the account each one tries, read from
 * its literal arguments or `variables`. A fragment on `Mutation` counts once where it is defined (a
 * document that spreads one field twice under one name runs it once).
 */
export function signInAttempts(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string): SignInAttempt[] {
  const mutation = schema.getMutationType();
  if (!mutation) return [];
  const attempts: SignInAttempt[] = [];
  const typeInfo = new TypeInfo(schema);
  const skipped = (operation: OperationDefinitionNode) => operationName !== undefined && operation.name !== undefined && operation.name.value !== operationName;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (operation) => (operation.operation !== 'mutation' || skipped(operation) ? false : undefined),
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (typeInfo.getParentType() !== mutation || !field || !SIGN_IN_FIELDS.has(field.name)) return;
        const argumentOf = (name: string) => {
          const definition = field.args.find((a) => a.name === name);
          const value = node.arguments?.find((a) => a.name.value === name)?.value;
          return definition && value ? valueFromAST(value, definition.type, variables) : undefined;
        };
        if (field.name === 'login') {
          const input = argumentOf('input') as { email?: unknown; deviceToken?: unknown } | undefined;
          const email = typeof input?.email === 'string' ? input.email.trim().toLowerCase() : '';
          const device = typeof input?.deviceToken === 'string' && input.deviceToken ? input.deviceToken : undefined;
          attempts.push({ field: field.name, account: email || null, ...(device ? { device } : {}) });
        } else {
          const token = argumentOf('mfaToken');
          attempts.push({ field: field.name, account: typeof token === 'string' && token ? token : null });
        }
      },
    }),
  );
  return attempts;
}

export interface RateLimitOptions {
  settings: RateLimitSettings;
  verifier: TokenVerifier;
  log: Logger;
  /** The caller of a request (./caller.ts `callerOf`). */
  callerOf: (req: IncomingMessage) => Caller;
  /** The API schema (for sign-in fields); undefined before it loads. */
  schema: () => GraphQLSchema | undefined;
  /** Redis for counters shared by every gateway instance; without it, counters live in this process. */
  redisUrl?: string;
  /** Prefix of the Redis keys (default `fitflow-gw:`); tests give each gateway its own. */
  keyPrefix?: string;
  /** Keys accounts in the counters (HMAC-SHA-256), so that no email or token is stored; default a fixed key. */
  secret?: string;
}

type Bucket = 'ip' | 'userWeb' | 'user' | 'app' | 'loginIp' | 'loginAccount';

const WHOSE: Record<Bucket, string> = {
  ip: 'from this address',
  userWeb: 'for this account',
  user: 'for this account',
  app: 'for this app',
  loginIp: 'Too many sign-in attempts from this address',
  loginAccount: 'Too many sign-in attempts for this account',
};

const duration = (seconds: number) => (seconds % 60 === 0 && seconds >= 120 ? `${seconds / 60} minutes` : `${seconds} seconds`);

/** How often a failing store is logged, in milliseconds. */
const STORE_ERROR_LOG_INTERVAL_MS = 30_000;

/**
 * The rate-limit admission step (./admission.ts), after the limits step (it reads the parsed document):
 * every request counts once per address, and once for its person (higher for the web app's persisted
 * operations, `requestFacts(req).operation.source === 'web'`) or its app; each `login` / `verifyMfa`
 * field counts once per address and once for its account (a `login` carrying a `deviceToken`: for
 * that account and device, so that attempts from elsewhere never lock the holder's devices out). A request with an invalid token counts for
 * its address only (the GraphQL context then answers UNAUTHENTICATED).
 *
 * When the counter store (Redis) fails: requests other than sign-ins pass (fail open, logged);
 * sign-ins are refused (fail closed): 503 `SERVICE_UNAVAILABLE` with `Retry-After`.
 *
 * @throws HttpError 429 `RATE_LIMITED` with `Retry-After` (seconds) and `extensions.retryAfterSeconds`,
 *   its message saying which limit and when to retry.
 */
export function rateLimits(options: RateLimitOptions): { step: AdmissionStep; store?: Redis; start(): Promise<void>; stop(): Promise<void> } {
  const { settings, log } = options;
  // Failures are logged where a limit is checked (reads let through, sign-ins refused).
  const redis = options.redisUrl ? failFastRedis(options.redisUrl) : undefined;
  const prefix = options.keyPrefix ?? 'fitflow-gw:';
  const limits: Record<Bucket, { points: number; duration: number }> = {
    ip: { points: settings.perIp, duration: settings.windowSeconds },
    userWeb: { points: settings.perUserWeb, duration: settings.windowSeconds },
    user: { points: settings.perUser, duration: settings.windowSeconds },
    app: { points: settings.perApp, duration: settings.windowSeconds },
    loginIp: { points: settings.loginsPerIp, duration: settings.loginWindowSeconds },
    loginAccount: { points: settings.loginsPerAccount, duration: settings.loginWindowSeconds },
  };
  const limiters = {} as Record<Bucket, RateLimiterMemory | RateLimiterRedis>;
  for (const [bucket, limit] of Object.entries(limits) as [Bucket, { points: number; duration: number }][]) {
    limiters[bucket] = redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}rl-${bucket}`, rejectIfRedisNotReady: true, ...limit })
      : new RateLimiterMemory({ keyPrefix: bucket, ...limit });
  }
  const accountKey = (account: string) =>
    createHmac('sha256', options.secret ?? 'fitflow-gateway-sign-in')
      .update(account)
      .digest('hex');

  let lastStoreError = 0;
  /** Counts `points` for `key` in `bucket`; a limit reached throws 429; a store failure returns false. */
  async function take(bucket: Bucket, key: string, points = 1): Promise<boolean> {
    try {
      await limiters[bucket].consume(key, points);
      return true;
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        const { points: most, duration: window } = limits[bucket];
        const what = bucket.startsWith('login')
          ? `${WHOSE[bucket]}: at most ${most} in ${duration(window)}.`
          : `Too many requests ${WHOSE[bucket]}: at most ${most} per ${duration(window)}.`;
        throw new HttpError(
          429,
          `${what} Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
          'RATE_LIMITED',
          { 'retry-after': String(seconds) },
          { retryAfterSeconds: seconds },
        );
      }
      if (Date.now() - lastStoreError > STORE_ERROR_LOG_INTERVAL_MS) {
        lastStoreError = Date.now();
        log.warn({ err: error }, 'rate limits: the counter store failed (requests pass, sign-ins are refused)');
      }
      return false;
    }
  }

  const step: AdmissionStep = async (req, request) => {
    const facts = requestFacts(req, options.verifier);
    const viewer: Viewer | null | 'invalid' = await facts.viewer.catch(() => 'invalid' as const);
    const ip = options.callerOf(req).ip ?? 'unknown';
    await take('ip', ip);
    if (viewer && viewer !== 'invalid') {
      if (viewer.app) await take('app', viewer.app.id);
      else if (facts.operation?.source === 'web') await take('userWeb', viewer.userId);
      else await take('user', viewer.userId);
    }

    const document = admittedDocument(req);
    const schema = options.schema();
    if (!document || !schema) return request;
    const { variables, operationName } = graphqlParams(request);
    const attempts = signInAttempts(schema, document, variables, operationName);
    if (attempts.length === 0) return request;
    const unavailable = () =>
      new HttpError(
        503,
        'Signing in is briefly unavailable. Please try again in 30 seconds.',
        'SERVICE_UNAVAILABLE',
        { 'retry-after': '30' },
        { retryAfterSeconds: 30 },
      );
    if (!(await take('loginIp', ip, attempts.length))) throw unavailable();
    const perAccount = new Map<string, number>();
    for (const { field, account, device } of attempts) {
      if (!account) continue;
      // Attempts from a device that carries a deviceToken count apart, so that a flood of attempts on an
      // account from elsewhere never keeps its holder's own devices out (no lockout, docs/security.md).
      const key = `${field}:${accountKey(account)}${device ? `:${accountKey(device)}` : ''}`;
      perAccount.set(key, (perAccount.get(key) ?? 0) + 1);
    }
    for (const [key, count] of perAccount) {
      if (!(await take('loginAccount', key, count))) throw unavailable();
    }
    return request;
  };

  return {
    step,
    // The counter store, pinged by the gateway's /ready.
    store: redis,
    async start() {
      await redis
        ?.connect()
        .catch((error: unknown) => log.warn({ err: error }, 'rate limits: Redis unreachable at start (requests pass, sign-ins are refused)'));
    },
    async stop() {
      if (redis && redis.status !== 'end') await redis.quit().catch(() => redis.disconnect());
    },
  };
}
