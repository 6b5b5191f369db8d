import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  createErrorMasker,
  createHttpServer,
  header,
  INPUT_SCALARS,
  inputGuardPlugin,
  listen,
  injectTraceContext,
  observabilityPlugin,
  observeHttpServer,
  observeSubgraphFetch,
  operationLabel,
  NotReady,
  Readiness,
  redisCheck,
  type Logger,
  type TokenVerifier,
  SUBGRAPHS,
  type Viewer,
} from '@fitflow/kit';
import { isScalarType, type GraphQLSchema } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { appTokenEndpoint, TOKEN_PATH } from './app-token-endpoint.js';
import { AppUsageRecorder, appUsagePlugin } from './app-usage.js';
import { serveCalendarFeeds } from './calendar-feed.js';
import { admitInOrder } from './admission.js';
import { callerOf, credentialSigner, trustedProxies } from './caller.js';
import { applyToEveryRoute, httpPolicy } from './http-policy.js';
import { identityInternal } from './identity-internal.js';
import { InFlightReads } from './inflight-reads.js';
import { idempotencyPlugin } from './idempotency.js';
import { cachedAppOperations, DEFAULT_PERSISTED_DOCUMENTS_PATH, loadWebManifest, trustedDocuments, type WebManifest } from './trusted-documents.js';

export type { PersistedOperation, WebManifest } from './trusted-documents.js';
import { serveInvoiceDocuments } from './invoice-documents.js';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_LIMITS, limitsStep, type RequestLimits } from './limits.js';
import { DEFAULT_RATE_LIMITS, rateLimits, type RateLimitSettings } from './rate-limits.js';
import { requestFacts } from './request-facts.js';
import { subgraphRoutingUrl } from './subgraph-route.js';
import { webApp } from './web-app.js';
import { cacheHintOf, SubgraphConnections, subgraphEndpoint, type CacheHint, type SubgraphAnswer, type SubgraphEndpoint } from './subgraph-fetch.js';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS, isSubgraphUnreachable, unavailableAnswer } from './subgraph-unavailable.js';

// The gateway otherwise reports usage to Apollo and probes cloud metadata endpoints.
process.env.APOLLO_TELEMETRY_DISABLED = '1';

/** Per-request context of the gateway: what it forwards to subgraphs. */
export interface GatewayContext {
  authorization?: string;
  requestId: string;
  /** `X-Forwarded-For` for the subgraphs: the caller's chain plus the peer address the gateway saw (kit `forwardedFor`). */
  forwardedFor: string;
  userAgent?: string;
  viewer: Viewer | null;
  /** The gateway's credential for this request's subgraph calls (./caller.ts); empty without a secret. */
  credential: Record<string, string>;
}

/**
 * The gateway's connection to one subgraph.
 *
 * Sends each call as one HTTP POST on the gateway's keep-alive connections to its subgraphs
 * (./subgraph-fetch.ts, undici), with the caller's `Authorization` (each subgraph verifies it again),
 * `x-request-id`, the caller's `user-agent`, and `x-forwarded-for` = the chain the caller sent plus the
 * peer address the gateway saw, right-most (kit `forwardedFor`; subgraphs read the right-most entry,
 * kit `clientIp`), the gateway's credential (./caller.ts), and, when tracing is on, the W3C
 * `traceparent` of the gateway's fetch span (kit `injectTraceContext`). Each call is timed by subgraph
 * (kit `observeSubgraphFetch`). Identical reads of one caller in flight at once are sent once
 * (./inflight-reads.ts). The subgraph's `cache-control` header restricts the request's cache policy as
 * in @apollo/gateway's `RemoteGraphQLDataSource`, whose `process` this one replaces.
 *
 * Receives: a subgraph refusing a request before execution answers a non-2xx status with a GraphQL
 * body (e.g. 400 for a bad variable, 401 for an expired token). @apollo/gateway would turn that into
 * "401: Unauthorized" carrying the subgraph's URL, status and raw body (`extensions.response`); here
 * the subgraph's own errors are relayed instead, exactly as from a 200 answer. A subgraph that cannot
 * be reached (connection refused or reset, no answer within the subgraph timeout, a proxy's
 * 502/503/504) answers for it `SERVICE_UNAVAILABLE` (./subgraph-unavailable.ts, docs/faults.md),
 * logged; any other failure stays an unexpected error, masked and logged.
 */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly endpoint: SubgraphEndpoint;

  /**
   * `url`: the subgraph's routing URL; `subgraph`: its name, for metrics and the access log; `log`: the
   * gateway's (a subgraph found unreachable is logged); `connections`: the gateway's HTTP connections
   * to its subgraphs, whose timeout makes a subgraph that does not answer count as unreachable;
   * `reads`: the gateway's one record of reads in flight, shared by every subgraph's data source so that
   * a caller's mutation to one subgraph ends the sharing of their reads from all (./inflight-reads.ts).
   */
  constructor(
    url: string | undefined,
    readonly subgraph: string,
    private readonly log: Logger,
    private readonly connections: SubgraphConnections,
    private readonly reads: InFlightReads<SubgraphAnswer>,
  ) {
    super({ url });
    if (!url) throw new Error(`The supergraph gives subgraph ${subgraph} no routing URL.`);
    this.endpoint = subgraphEndpoint(url);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphAnswer> {
    const facts = {
      subgraph: this.subgraph,
      query: options.request.query,
      variables: options.request.variables,
      authorization: options.context?.authorization,
      forwardedFor: options.context?.forwardedFor,
    };
    return this.reads.share(facts, () => this.fetchOnce(options));
  }

  private async fetchOnce(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphAnswer> {
    try {
      return await observeSubgraphFetch(this.subgraph, () => this.send(options));
    } catch (error) {
      // A subgraph that is down or hung (killed, restarting, frozen): its fields are null with SERVICE_UNAVAILABLE, the rest is served.
      if (isSubgraphUnreachable(error)) {
        this.log.warn({ subgraph: this.subgraph, err: error }, 'subgraph unreachable');
        return unavailableAnswer();
      }
      throw error;
    }
  }

  private async send(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphAnswer> {
    const { http, ...request } = options.request;
    if (!request.query) throw new Error('Missing query');
    const headers = this.headersFor(options.context as GatewayContext | undefined, http?.headers);
    const { answer, cacheControl } = await this.connections.send(this.endpoint, headers, JSON.stringify(request));
    // As in RemoteGraphQLDataSource: the subgraph's cache-control header bounds the answer's cache policy.
    if ('incomingRequestContext' in options) {
      const policy = options.incomingRequestContext.overallCachePolicy as { restrict?(hint: CacheHint): void } | undefined;
      policy?.restrict?.(cacheHintOf(cacheControl));
    }
    return answer;
  }

  /** The headers of one call: @apollo/gateway's own (`given`, e.g. when Apollo's tracing asks for one), JSON, then the caller's. */
  private headersFor(context: GatewayContext | undefined, given: Iterable<[string, string]> | undefined): Record<string, string> {
    const headers: Record<string, string> = {};
    for (const [name, value] of given ?? []) headers[name.toLowerCase()] = value;
    headers['content-type'] = 'application/json';
    if (!context) return headers;
    if (context.authorization) headers.authorization = context.authorization;
    if (context.requestId) headers['x-request-id'] = context.requestId;
    if (context.forwardedFor) headers['x-forwarded-for'] = context.forwardedFor;
    if (context.userAgent) headers['user-agent'] = context.userAgent;
    for (const [name, value] of Object.entries<string>(context.credential ?? {})) headers[name.toLowerCase()] = value;
    injectTraceContext((name, value) => (headers[name] = value));
    return headers;
  }
}

/**
 * Gives the gateway's schema FitFlow's input scalars (kit `INPUT_SCALARS`): built from the supergraph
 * SDL, its custom scalars would accept anything, leaving a bad `DateTime` to fail in a subgraph. Only
 * the parsers change (values still travel to subgraphs as the caller wrote them); results are not
 * re-serialized.
 */
function useInputScalars(schema: GraphQLSchema) {
  for (const scalar of INPUT_SCALARS) {
    const type = schema.getType(scalar.name);
    if (isScalarType(type)) Object.assign(type, { parseValue: scalar.parseValue, parseLiteral: scalar.parseLiteral });
  }
}

/**
 * The supergraph as @apollo/gateway loads it. The composed supergraph links Federation's SECURITY
 * features (`@requiresScopes`, `@authenticated`: apps' field scopes) so that a router which enforces
 * them (Apollo Router, Hive Router) does; @apollo/gateway refuses to load a SECURITY feature it does
 * not enforce itself. FitFlow enforces them in every subgraph (kit `appScopeGuard`), so the gateway
 * reads those links as informational: same schema, same plans.
 */
export const supergraphForGateway = (sdl: string) =>
  sdl.replace(/(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:requiresScopes|authenticated)\/v[\d.]+"), for: SECURITY\)/g, '$1)');

export interface GatewayOptions {
  supergraphSdl: string;
  verifier: TokenVerifier;
  log: Logger;
  /** Routing URL overrides by subgraph name. */
  subgraphUrls?: Record<string, string>;
  /**
   * `NODE_ENV=production`: no introspection, no landing page (it names the server's version), no
   * field suggestions ("Did you mean …?") in errors. Default false (development).
   */
  production?: boolean;
  /**
   * Proxies of ours in front of the gateway (`TRUSTED_PROXIES`: IP addresses and CIDR subnets): only
   * their `X-Forwarded-For` / `X-Forwarded-Proto` are believed (./caller.ts). Default none.
   */
  trustedProxies?: readonly string[];
  /** Browser origins allowed by CORS (`CORS_ORIGINS`); default none (./http-policy.ts). */
  corsOrigins?: readonly string[];
  /** The gateway's public URL (`PUBLIC_URL`); https turns HSTS on for every answer. */
  publicUrl?: string;
  /** Request limits (./limits.ts); each defaults to {@link DEFAULT_REQUEST_LIMITS}. */
  limits?: Partial<RequestLimits>;
  /**
   * How long to wait for a subgraph, in milliseconds (`SUBGRAPH_TIMEOUT_MS`): to connect, for its
   * answer to begin, and between two parts of its answer (./subgraph-fetch.ts); a subgraph that keeps
   * the gateway waiting longer is served around, as if unreachable (docs/faults.md). Default
   * {@link DEFAULT_SUBGRAPH_TIMEOUT_MS}.
   */
  subgraphTimeoutMs?: number;
  /** Largest accepted request body, in bytes (`MAX_BODY_BYTES`); default {@link DEFAULT_MAX_BODY_BYTES}. */
  maxBodyBytes?: number;
  /**
   * Rate limits (./rate-limits.ts); each defaults to {@link DEFAULT_RATE_LIMITS}. `false` turns them off
   * (the in-process test stack, whose one address and few accounts send far more than any person).
   */
  rateLimits?: Partial<RateLimitSettings> | false;
  /** Redis for the rate-limit counters (`REDIS_URL`); without it they live in this process. */
  redisUrl?: string;
  /** Prefix of the gateway's keys in Redis: rate limits, and idempotency keys under `<prefix>idem:` (default `fitflow-gw:`). */
  rateLimitKeyPrefix?: string;
  /**
   * Shared with the subgraphs (`GATEWAY_SECRET`): every subgraph call carries a credential signed with
   * it (kit `gateway-credential.ts`); subgraphs in production answer nothing else. Required in production.
   */
  gatewaySecret?: string;
  /**
   * The web app's persisted operation manifest (`PERSISTED_DOCUMENTS_PATH`; codegen's or Apollo's
   * format, ./trusted-documents.ts). Default: the one codegen writes in this repository.
   */
  persistedDocumentsPath?: string;
  /** The web app's persisted operations given in memory (embedding, tests); takes the place of `persistedDocumentsPath`. */
  persistedDocuments?: WebManifest;
  /**
   * The built web app (`WEB_DIST`, e.g. `web/dist`), served on the gateway's origin (./web-app.ts);
   * none: the gateway serves only the API (development: Vite serves the app).
   */
  webAppDir?: string;
  /** `/ready` also asks every subgraph's `/ready` (`READY_CHECKS_SUBGRAPHS`); default false. */
  readyChecksSubgraphs?: boolean;
}

/**
 * Builds the gateway (without listening): @apollo/gateway over the composed supergraph, real HTTP to
 * the subgraphs, the caller's token verified here first (so a bad token fails fast with
 * UNAUTHENTICATED) and forwarded, bad input refused before any subgraph is asked (kit
 * `inputGuardPlugin`), subgraph internals masked in errors (kit `createErrorMasker`). Besides GraphQL,
 * it serves trainers' secret calendar feeds, `GET /calendar/<token>.ics` (./calendar-feed.ts), and
 * invoice PDFs through short-lived signed links, `GET /documents/invoices/<token>.pdf` (./invoice-documents.ts).
 * Every request first meets the request policy (docs/api.md): security headers, CORS and its own request
 * id on every answer (./http-policy.ts), then, for GraphQL, the admission steps in order (./admission.ts):
 * request limits (./limits.ts), rate limits (./rate-limits.ts).
 */
export function buildGateway(options: GatewayOptions) {
  const { log } = options;
  const production = options.production ?? false;
  if (production && !options.gatewaySecret) throw new Error('The gateway needs GATEWAY_SECRET in production: subgraphs answer only its signed calls.');
  const credential = credentialSigner(options.gatewaySecret);
  const callerOptions = { trustedProxies: trustedProxies(options.trustedProxies) };
  const callerOfRequest = (req: IncomingMessage) => callerOf(req, callerOptions);
  // A waiting request gets its own data and errors (merged into its result in place); extensions are shared.
  const reads = new InFlightReads<SubgraphAnswer>((answer) => ({ ...answer, data: structuredClone(answer.data), errors: structuredClone(answer.errors) }));
  // One set of keep-alive connections for every subgraph, closed when the gateway stops.
  const connections = new SubgraphConnections(options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS);
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphForGateway(options.supergraphSdl),
    buildService: ({ name, url }) => new ForwardingDataSource(options.subgraphUrls?.[name] ?? url, name, log, connections, reads),
    logger: { debug: () => {}, info: (m) => log.info(String(m)), warn: (m) => log.warn(String(m)), error: (m) => log.error(String(m)) },
  });
  // Apps: identity's internal operations, the trusted documents step, the token endpoint, usage.
  const identity = identityInternal({ supergraphSdl: options.supergraphSdl, subgraphUrls: options.subgraphUrls, credential, log });
  const usage = new AppUsageRecorder(identity, log);
  const webManifest =
    options.persistedDocuments ??
    loadWebManifest(options.persistedDocumentsPath ?? fileURLToPath(new URL(`../../${DEFAULT_PERSISTED_DOCUMENTS_PATH}`, import.meta.url)));
  const admitTrusted = trustedDocuments({ production, webManifest, appOperation: cachedAppOperations(identity), verifier: options.verifier, log });
  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate((update) => {
    useInputScalars(update.apiSchema);
    apiSchema = update.apiSchema;
  });
  const limiter =
    options.rateLimits === false
      ? undefined
      : rateLimits({
          settings: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
          verifier: options.verifier,
          log,
          callerOf: callerOfRequest,
          schema: () => apiSchema,
          redisUrl: options.redisUrl,
          keyPrefix: options.rateLimitKeyPrefix,
          secret: options.gatewaySecret,
        });
  // Persisted operations first (their text is what the limits measure), then limits, then rate limits.
  const admit = admitInOrder(
    admitTrusted,
    limitsStep({ ...DEFAULT_REQUEST_LIMITS, ...options.limits }, () => apiSchema),
    ...(limiter ? [limiter.step] : []),
  );
  const policy = httpPolicy({ corsOrigins: options.corsOrigins, publicUrl: options.publicUrl, callerOf: callerOfRequest });
  const web = options.webAppDir ? webApp(options.webAppDir) : undefined;
  // The security headers first, then the web app's files (it answers none of the gateway's own paths).
  const intercept = web ? (req: IncomingMessage, res: ServerResponse) => policy(req, res) || web(req, res) : policy;
  const readiness = new Readiness([
    {
      name: 'supergraph',
      failure: 'not loaded',
      check: async () => {
        if (!apiSchema) throw new Error('not loaded');
      },
    },
  ]);

  async function context(req: IncomingMessage): Promise<GatewayContext> {
    const authorization = header(req, 'authorization');
    const viewer = await requestFacts(req, options.verifier).viewer;
    const caller = callerOfRequest(req);
    return {
      authorization,
      viewer,
      requestId: caller.requestId,
      forwardedFor: caller.forwardedFor,
      userAgent: header(req, 'user-agent'),
      credential: await credential(caller),
    };
  }

  const httpServer = createHttpServer<GatewayContext>({
    apollo: { executeHTTPGraphQLRequest: (request) => apollo.executeHTTPGraphQLRequest(request) },
    context,
    intercept,
    admit,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    routes: { [TOKEN_PATH]: appTokenEndpoint({ identity, log, callerOf: callerOfRequest }) },
    readiness,
    log,
  });
  if (limiter?.store) readiness.add(redisCheck(limiter.store));
  if (options.readyChecksSubgraphs) readiness.add(subgraphsReady(options));
  const routeOptions = {
    supergraphSdl: options.supergraphSdl,
    subgraphUrls: options.subgraphUrls,
    log,
    callerOf: callerOfRequest,
    credential,
  };
  serveCalendarFeeds(httpServer, routeOptions);
  serveInvoiceDocuments(httpServer, routeOptions);
  applyToEveryRoute(httpServer, intercept);
  observeHttpServer(httpServer, { server: 'gateway', log, continueTrace: false });
  const apollo: ApolloServer<GatewayContext> = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    // The gateway's process stops itself on SIGTERM (./index.ts: drain, then exit); Apollo's own
    // handlers would race it and, with Redis open, leave the process running.
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    // Operations run by id only from the web manifest and apps' registered manifests (./trusted-documents.ts); nothing registers itself.
    persistedQueries: false,
    formatError: createErrorMasker(log),
    plugins: [
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      // Metrics label operations by persisted names only: text sent with a request (development) names itself freely.
      observabilityPlugin<GatewayContext>({
        label: (req) => {
          const operation = requestFacts(req, options.verifier).operation;
          return operation && operation.source !== 'document' ? operationLabel(operation.name) : 'anonymous';
        },
      }),
      inputGuardPlugin({ hideSchemaDetails: production }),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      appUsagePlugin<GatewayContext>(usage),
      idempotencyPlugin<GatewayContext>({
        log,
        redisUrl: options.redisUrl,
        secret: options.gatewaySecret,
        keyPrefix: `${options.rateLimitKeyPrefix ?? 'fitflow-gw:'}idem:`,
      }),
    ],
  });

  return {
    apollo,
    /** What `GET /ready` checks: the supergraph loaded, Redis when configured, the subgraphs when asked. */
    readiness,
    /**
     * Starts the gateway and listens; `port` 0 picks a free one. `stop` turns `/ready` to 503 at once,
     * refuses new connections and lets in-flight requests finish before it resolves.
     */
    async listen(port: number, host = '127.0.0.1') {
      await apollo.start();
      await limiter?.start();
      const url = `${await listen(httpServer, port, host)}/graphql`;
      log.info({ url }, 'gateway listening');
      return {
        url,
        stop: async () => {
          readiness.stop();
          await apollo.stop();
          await connections.close();
          await limiter?.stop();
        },
      };
    },
  };
}

/**
 * A readiness check asking every subgraph's `/ready` (beside its GraphQL path, from the supergraph's
 * routing URLs or their overrides); fails naming the subgraphs that are not ready, never their URLs.
 */
function subgraphsReady(options: Pick<GatewayOptions, 'supergraphSdl' | 'subgraphUrls'>) {
  const targets = SUBGRAPHS.map((name) => ({ name, url: new URL('/ready', subgraphRoutingUrl(options, name, 'readiness')).toString() }));
  return {
    name: 'subgraphs',
    failure: 'not ready',
    async check() {
      const results = await Promise.all(
        targets.map(async ({ name, url }) =>
          (await fetch(url, { signal: AbortSignal.timeout(1_500) }).then(
            (r) => r.ok,
            () => false,
          ))
            ? null
            : name,
        ),
      );
      const failed = results.filter((name) => name !== null);
      if (failed.length) throw new NotReady(`not ready: ${failed.join(', ')}`);
    },
  };
}
