import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenVerifier } from './auth.js';
import { requestContext, type RequestContext } from './context.js';
import { createErrorMasker, unauthenticated } from './errors.js';
import { GATEWAY_CREDENTIAL_HEADER, verifyGatewayCredential } from './gateway-credential.js';
import { clientIp, createHttpServer, header, listen, newRequestId, validIp, type RouteHandler } from './http.js';
import { inputGuardPlugin } from './input-guard.js';
import { Readiness } from './readiness.js';
import { requestTransactionPlugin } from './request-transaction.js';
import type { Logger } from './logger.js';
import { securityEventsPlugin, type SecurityEventsTarget } from './security-events.js';
import { observabilityPlugin, observeHttpServer } from './observability/requests.js';

export interface SubgraphServerOptions<Ctx extends RequestContext> {
  name: string;
  schema: GraphQLSchema;
  verifier: TokenVerifier;
  log: Logger;
  /** Adds the subgraph's dependencies, per-request data access and DataLoaders to the request context. */
  extendContext: (request: RequestContext) => Ctx;
  /** Plain routes of the gateway's (behind the gate when there is one: {@link gatedRoutes}). */
  routes?: Record<string, RouteHandler>;
  /**
   * Plain routes anyone may call, whatever the gate: only for material that is public by nature
   * (identity's JWKS, the public keys every service and the gateway verify tokens with).
   */
  publicRoutes?: Record<string, RouteHandler>;
  /** How this subgraph recognises the gateway (kit `gateway-credential.ts`); none: no request is vouched for. */
  gate?: SubgraphGate;
  /**
   * Where the subgraph records security events (kit `security-events.ts`: every NOT_FOUND a signed-in
   * caller gets, in `<schema>.refusal_log`); none: nothing is recorded.
   */
  securityEvents?: SecurityEventsTarget;
}

/**
 * The gateway's credential as a subgraph checks it: `key` from the shared `GATEWAY_SECRET`
 * (kit `gatewayKey`); `required` (production) refuses every request without a valid one (HTTP 401)
 * before its token is even verified.
 */
export interface SubgraphGate {
  key: Uint8Array;
  required: boolean;
}

/** Request facts the context is built from (what the HTTP layer reads off a request). */
export interface RequestFacts {
  authorization?: string;
  requestId?: string;
  ip?: string | null;
  userAgent?: string | null;
  /** The request carried the gateway's valid credential (see {@link SubgraphGate}). */
  viaGateway?: boolean;
}

export interface SubgraphServer<Ctx extends RequestContext> {
  apollo: ApolloServer<Ctx>;
  /** Builds a request context as the HTTP layer would (tests pass it to `executeOperation`). */
  createContext(facts: RequestFacts): Promise<Ctx>;
  /**
   * What `GET /ready` checks (none until the process adds them: kit `runSubgraph` adds the database,
   * the migrations and, for identity, Redis).
   */
  readiness: Readiness;
  /**
   * Starts listening; `port` 0 picks a free port. `stop` turns `/ready` to 503 at once, refuses new
   * connections, lets in-flight requests finish (closing each keep-alive connection after its
   * request) and resolves when the last one is done.
   */
  listen(port: number, host?: string): Promise<{ url: string; stop(): Promise<void> }>;
}

/**
 * Builds (without listening) the Apollo server of a subgraph: every request's token is verified here,
 * so a direct call is as protected as one through the gateway. Introspection, the landing page, inline
 * traces (`ftv1`) and field suggestions ("Did you mean …?") are off whatever `NODE_ENV` says: only the
 * gateway talks to a subgraph. Bad input is refused before execution ({@link inputGuardPlugin});
 * errors are masked by {@link createErrorMasker}; NOT_FOUND answers are recorded as security events
 * when `securityEvents` is given ({@link securityEventsPlugin}). Every request gets an access-log line,
 * metrics and (tracing on) a server span continuing the gateway's trace (kit `observeHttpServer`).
 */
export function createSubgraphServer<Ctx extends RequestContext>(options: SubgraphServerOptions<Ctx>): SubgraphServer<Ctx> {
  const { log } = options;
  const readiness = new Readiness();
  // The HTTP server exists before Apollo so that Apollo can drain it on stop; it only serves once listening.
  const httpServer = createHttpServer<Ctx>({
    apollo: { executeHTTPGraphQLRequest: (request) => apollo.executeHTTPGraphQLRequest(request) },
    context: (req) => fromRequest(req),
    routes: { ...(options.gate ? gatedRoutes(options.routes, options.gate) : options.routes), ...options.publicRoutes },
    readiness,
    log,
  });
  observeHttpServer(httpServer, { server: options.name, log, continueTrace: true });
  const mask = createErrorMasker(log);
  const apollo: ApolloServer<Ctx> = new ApolloServer<Ctx>({
    schema: options.schema,
    introspection: false,
    // The process stops itself on SIGTERM (kit runSubgraph: drain, close the pool, exit). Apollo's own
    // handlers would stop the server a second time and re-send the signal, and with a Redis connection
    // open the process then never exited.
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    formatError: mask,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      observabilityPlugin<Ctx>(),
      inputGuardPlugin({ hideSchemaDetails: true }),
      requestTransactionPlugin<Ctx>(mask),
      ...(options.securityEvents ? [securityEventsPlugin(options.securityEvents)] : []),
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
  });

  async function createContext(facts: RequestFacts): Promise<Ctx> {
    const viewer = await options.verifier(facts.authorization);
    const requestId = facts.requestId ?? crypto.randomUUID();
    return options.extendContext(
      requestContext({ requestId, viewer, ip: facts.ip, userAgent: facts.userAgent, viaGateway: facts.viaGateway, log: log.child({ requestId }) }),
    );
  }

  async function fromRequest(req: IncomingMessage) {
    const vouched = options.gate ? await verifyGatewayCredential(options.gate.key, header(req, GATEWAY_CREDENTIAL_HEADER)) : null;
    if (options.gate?.required && !vouched) throw unauthenticated('This service answers the FitFlow gateway only.', 401);
    return createContext({
      authorization: header(req, 'authorization'),
      // With the gateway's credential, its request id and the caller's address come from it, never from
      // headers; a gated subgraph called without one trusts neither header (a fresh id, the socket's peer).
      requestId: vouched?.requestId ?? (options.gate ? crypto.randomUUID() : newRequestId(req)),
      // A gated subgraph trusts no forwarded address without the credential: the socket's peer only.
      ip: vouched ? vouched.ip : options.gate ? validIp(req.socket.remoteAddress) : clientIp(req),
      userAgent: header(req, 'user-agent') ?? null,
      viaGateway: !!vouched,
    });
  }

  return {
    apollo,
    createContext,
    readiness,
    async listen(port, host = '127.0.0.1') {
      await apollo.start();
      const base = await listen(httpServer, port, host);
      log.info({ url: `${base}/graphql` }, `${options.name} subgraph listening`);
      return {
        url: `${base}/graphql`,
        stop: async () => {
          readiness.stop();
          await apollo.stop();
          await new Promise<void>((resolve) => (httpServer.listening ? httpServer.close(() => resolve()) : resolve()));
        },
      };
    },
  };
}

/**
 * A gated subgraph's plain routes (e.g. the calendar feed, invoice documents): with the gateway's valid
 * credential, the request id and caller address it vouches for replace the headers a handler reads
 * (`x-request-id`, `x-forwarded-for`, kit `clientIp`); without one both are removed (the socket's peer
 * is all that is known), and a required gate answers 401. Routes open to anyone are `publicRoutes`.
 */
function gatedRoutes(routes: Record<string, RouteHandler> | undefined, gate: SubgraphGate): Record<string, RouteHandler> | undefined {
  if (!routes) return undefined;
  return Object.fromEntries(
    Object.entries(routes).map(([path, handler]) => [
      path,
      async (req: IncomingMessage, res: ServerResponse) => {
        const vouched = await verifyGatewayCredential(gate.key, header(req, GATEWAY_CREDENTIAL_HEADER));
        if (gate.required && !vouched) {
          res.writeHead(401, { 'content-type': 'application/json; charset=utf-8' });
          res.end(JSON.stringify({ errors: [{ message: 'This service answers the FitFlow gateway only.', extensions: { code: 'UNAUTHENTICATED' } }] }));
          return;
        }
        delete req.headers['x-forwarded-for'];
        delete req.headers['x-request-id'];
        if (vouched) {
          req.headers['x-request-id'] = vouched.requestId;
          if (vouched.ip) req.headers['x-forwarded-for'] = vouched.ip;
        }
        return handler(req, res);
      },
    ]),
  );
}
