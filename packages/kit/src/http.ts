import { HeaderMap, type ApolloServer, type BaseContext as ApolloBaseContext } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import type { Logger } from './logger.js';
import type { Readiness } from './readiness.js';

/** A plain route beside GraphQL, e.g. `/.well-known/jwks.json`. */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** Largest accepted request body, in bytes. */
export const MAX_BODY_BYTES = 1_000_000;

/**
 * A refusal before GraphQL execution (a limit, an unknown persisted operation, a rate limit): answered
 * as `{ errors: [{ message, extensions: { code } }] }` with `status` and `headers` (e.g. `Retry-After`).
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = 'BAD_REQUEST',
    readonly headers: Record<string, string> = {},
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * A request's body, read to at most `maxBytes` (a larger declared `Content-Length` is refused before
 * reading). Whoever answers the 413 should close the connection: the rest of the body stays unread.
 * @throws HttpError 413 `BAD_REQUEST` "Request body is too large (at most … bytes)."
 */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, `Request body is too large (at most ${maxBytes} bytes).`, 'BAD_REQUEST');
  if (Number(header(req, 'content-length') ?? 0) > maxBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readJsonBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const text = (await readBody(req, maxBytes)).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON.', 'BAD_REQUEST');
  }
}

/** First value of a request header. */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

const forwardedHops = (req: IncomingMessage) =>
  (header(req, 'x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);

/**
 * The caller's network address as an ungated subgraph knows it (a test building one alone): the
 * right-most `X-Forwarded-For` entry, else the socket's peer; only a valid IP address. A subgraph
 * with the gateway's credential takes the address from it instead (kit `server.ts`), and the gateway
 * determines it from its trusted proxies (gateway/src/caller.ts).
 */
export function clientIp(req: IncomingMessage): string | null {
  return validIp(forwardedHops(req).at(-1) || req.socket.remoteAddress);
}

/** `value` when it is an IPv4 or IPv6 address (what the logs' `inet` columns accept), else null. */
export const validIp = (value: string | null | undefined): string | null => (value && isIP(value) ? value : null);

export const newRequestId = (req: IncomingMessage) => {
  const given = header(req, 'x-request-id');
  return given && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
};

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export interface HttpServerOptions<Ctx extends ApolloBaseContext> {
  /** The Apollo server (or gateway server) answering GraphQL requests. */
  apollo: Pick<ApolloServer<Ctx>, 'executeHTTPGraphQLRequest'>;
  context: (req: IncomingMessage) => Promise<Ctx>;
  routes?: Record<string, RouteHandler>;
  /**
   * Runs first on every request: may set headers (CORS, security headers) or answer the request
   * itself (a CORS preflight), returning true when it did. May throw an {@link HttpError}.
   */
  intercept?: (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;
  /**
   * Runs on each GraphQL request before Apollo sees it, with its parsed body (POST) or undefined
   * (GET): returns the body to execute (e.g. a persisted operation's text filled in) and the search
   * string, or throws an {@link HttpError} (a limit, a rate limit).
   */
  admit?: (req: IncomingMessage, request: { body: unknown; search: string; method: string }) => Promise<{ body: unknown; search: string }>;
  /** Largest accepted request body, in bytes (default {@link MAX_BODY_BYTES}). */
  maxBodyBytes?: number;
  /** Answers `GET /ready` (kit `readiness.ts`); without it, `/ready` answers like `/health`. */
  readiness?: Readiness;
  log: Logger;
}

/**
 * Serves an Apollo Server over node:http: GraphQL on `/graphql` (and `/`), `GET /health` (liveness:
 * the process answers), `GET /ready` (readiness: {@link HttpServerOptions.readiness}), and any extra
 * `routes`. The Apollo server must be started before requests arrive.
 */
export function createHttpServer<Ctx extends ApolloBaseContext>(options: HttpServerOptions<Ctx>): Server {
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (options.intercept && (await options.intercept(req, res, url))) return;
      const route = options.routes?.[url.pathname];
      if (route) return await route(req, res);
      if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/ready') return options.readiness ? await options.readiness.handler(req, res) : sendJson(res, 200, { status: 'ready', checks: {} });
      if (url.pathname !== '/graphql' && url.pathname !== '/') return sendJson(res, 404, { error: 'Not found' });
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const method = (req.method ?? 'GET').toUpperCase();
      let body = method === 'POST' ? await readJsonBody(req, options.maxBodyBytes) : undefined;
      let search = url.search;
      if (options.admit) ({ body, search } = await options.admit(req, { body, search, method }));
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers, search, body },
        context: () => options.context(req),
      });
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') return res.end(result.body.string);
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      if (error instanceof HttpError) {
        if (res.headersSent) return res.end();
        for (const [key, value] of Object.entries(error.headers)) res.setHeader(key, value);
        // The rest of an over-long body is never read: close the connection rather than leave it unread
        // on a keep-alive socket, where the caller's next request would wait behind it.
        if (error.status === 413) res.setHeader('connection', 'close');
        return sendJson(res, error.status, { errors: [{ message: error.message, extensions: { ...error.extensions, code: error.code } }] });
      }
      options.log.error({ err: error }, 'http handler failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
      else res.end();
    }
  });
}

/**
 * How long an idle keep-alive connection stays open, in milliseconds. Callers of FitFlow's servers
 * (the gateway's subgraph fetcher, Vite's proxy, load balancers) keep idle sockets open for reuse;
 * with Node's default of 5 s a server could close a socket just as a caller reused it, and the
 * request failed with "socket hang up" (an intermittent INTERNAL_SERVER_ERROR after a pause of about
 * five seconds). Servers therefore keep idle connections longer than their callers do.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** Listens on `port` (0 picks a free one) and resolves with the bound URL. */
export async function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // Must exceed keepAliveTimeout, or Node may drop a connection while a request's headers arrive.
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return `http://${host}:${address.port}`;
}
