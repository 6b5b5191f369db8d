import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { IncomingMessage } from 'node:http';
import type { TokenVerifier } from './auth.js';
import { requestContext, type RequestContext } from './context.js';
import { createErrorMasker } from './errors.js';
import { clientIp, createHttpServer, header, listen, newRequestId, type RouteHandler } from './http.js';
import { inputGuardPlugin } from './input-guard.js';
import type { Logger } from './logger.js';

export interface SubgraphServerOptions<Ctx extends RequestContext> {
  name: string;
  schema: GraphQLSchema;
  verifier: TokenVerifier;
  log: Logger;
  /** Adds the subgraph's dependencies, per-request data access and DataLoaders to the request context. */
  extendContext: (request: RequestContext) => Ctx;
  routes?: Record<string, RouteHandler>;
}

/** Request facts the context is built from (what the HTTP layer reads off a request). */
export interface RequestFacts {
  authorization?: string;
  requestId?: string;
  ip?: string | null;
  userAgent?: string | null;
}

export interface SubgraphServer<Ctx extends RequestContext> {
  apollo: ApolloServer<Ctx>;
  /** Builds a request context as the HTTP layer would (tests pass it to `executeOperation`). */
  createContext(facts: RequestFacts): Promise<Ctx>;
  /** Starts listening; `port` 0 picks a free port. */
  listen(port: number, host?: string): Promise<{ url: string; stop(): Promise<void> }>;
}

/**
 * Builds (without listening) the Apollo server of a subgraph: every request's token is verified here,
 * so a direct call is as protected as one through the gateway. Introspection, the landing page, inline
 * traces (`ftv1`) and field suggestions ("Did you mean …?") are off whatever `NODE_ENV` says: only the
 * gateway talks to a subgraph. Bad input is refused before execution ({@link inputGuardPlugin});
 * errors are masked by {@link createErrorMasker}.
 */
export function createSubgraphServer<Ctx extends RequestContext>(options: SubgraphServerOptions<Ctx>): SubgraphServer<Ctx> {
  const { log } = options;
  // The HTTP server exists before Apollo so that Apollo can drain it on stop; it only serves once listening.
  const httpServer = createHttpServer<Ctx>({
    apollo: { executeHTTPGraphQLRequest: (request) => apollo.executeHTTPGraphQLRequest(request) },
    context: (req) => fromRequest(req),
    routes: options.routes,
    log,
  });
  const apollo: ApolloServer<Ctx> = new ApolloServer<Ctx>({
    schema: options.schema,
    introspection: false,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorMasker(log),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      inputGuardPlugin({ hideSchemaDetails: true }),
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
  });

  async function createContext(facts: RequestFacts): Promise<Ctx> {
    const viewer = await options.verifier(facts.authorization);
    const requestId = facts.requestId ?? crypto.randomUUID();
    return options.extendContext(requestContext({ requestId, viewer, ip: facts.ip, userAgent: facts.userAgent, log: log.child({ requestId }) }));
  }

  const fromRequest = (req: IncomingMessage) =>
    createContext({
      authorization: header(req, 'authorization'),
      requestId: newRequestId(req),
      ip: clientIp(req),
      userAgent: header(req, 'user-agent') ?? null,
    });

  return {
    apollo,
    createContext,
    async listen(port, host = '127.0.0.1') {
      await apollo.start();
      const base = await listen(httpServer, port, host);
      log.info({ url: `${base}/graphql` }, `${options.name} subgraph listening`);
      return {
        url: `${base}/graphql`,
        stop: async () => {
          await apollo.stop();
          await new Promise<void>((resolve) => (httpServer.listening ? httpServer.close(() => resolve()) : resolve()));
        },
      };
    },
  };
}
