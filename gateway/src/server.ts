import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  clientIp,
  createErrorMasker,
  createHttpServer,
  header,
  listen,
  newRequestId,
  type Logger,
  type TokenVerifier,
  type Viewer,
} from '@fitflow/kit';
import type { IncomingMessage } from 'node:http';

// The gateway otherwise reports usage to Apollo and probes cloud metadata endpoints (STACK-NOTES trap 9).
process.env.APOLLO_TELEMETRY_DISABLED = '1';

/** Per-request context of the gateway: what it forwards to subgraphs. */
export interface GatewayContext {
  authorization?: string;
  requestId: string;
  ip: string | null;
  userAgent?: string;
  viewer: Viewer | null;
}

/** Forwards the caller's credentials and request facts to every subgraph, which verify the token again. */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = request.http?.headers;
    if (!headers || !context) return;
    if (context.authorization) headers.set('authorization', context.authorization);
    headers.set('x-request-id', context.requestId);
    if (context.ip) headers.set('x-forwarded-for', context.ip);
    if (context.userAgent) headers.set('user-agent', context.userAgent);
  }
}

export interface GatewayOptions {
  supergraphSdl: string;
  verifier: TokenVerifier;
  log: Logger;
  /** Routing URL overrides by subgraph name. */
  subgraphUrls?: Record<string, string>;
}

/**
 * Builds the gateway (without listening): @apollo/gateway over the composed supergraph, real HTTP to
 * the subgraphs, the caller's token verified here first (so a bad token fails fast with
 * UNAUTHENTICATED) and forwarded, subgraph internals masked in errors.
 */
export function buildGateway(options: GatewayOptions) {
  const { log } = options;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new ForwardingDataSource({ url: options.subgraphUrls?.[name] ?? url }),
    logger: { debug: () => {}, info: (m) => log.info(String(m)), warn: (m) => log.warn(String(m)), error: (m) => log.error(String(m)) },
  });

  async function context(req: IncomingMessage): Promise<GatewayContext> {
    const authorization = header(req, 'authorization');
    const viewer = await options.verifier(authorization);
    return { authorization, viewer, requestId: newRequestId(req), ip: clientIp(req), userAgent: header(req, 'user-agent') };
  }

  const httpServer = createHttpServer<GatewayContext>({
    apollo: { executeHTTPGraphQLRequest: (request) => apollo.executeHTTPGraphQLRequest(request) },
    context,
    log,
  });
  const apollo: ApolloServer<GatewayContext> = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorMasker(log),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });

  return {
    apollo,
    /** Starts the gateway and listens; `port` 0 picks a free one. */
    async listen(port: number, host = '127.0.0.1') {
      await apollo.start();
      const url = `${await listen(httpServer, port, host)}/graphql`;
      log.info({ url }, 'gateway listening');
      return { url, stop: () => apollo.stop() };
    },
  };
}
