import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { FeedRateLimiter } from './calendar-feed.js';
import { subgraphRoutingUrl, type SubgraphRouteOptions } from './subgraph-route.js';

/** `/documents/invoices/<token>.pdf`: a token as the finance subgraph signs it (a compact JWS: three base64url parts). */
const DOCUMENT_PATH = /^\/documents\/invoices\/([^/]*)\.pdf$/;
const TOKEN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
/** Longest token passed on (a real one is about 300 characters). */
const MAX_TOKEN_LENGTH = 1024;
/** The finance subgraph's internal route answering a download (subgraphs/finance/src/modules/invoice-document/invoice-document.http.ts). */
const SUBGRAPH_ROUTE = '/internal/invoice-document';
/** How long the gateway waits for the finance subgraph, in milliseconds (a long draft renders in about a second). */
const SUBGRAPH_TIMEOUT_MS = 30_000;
/** The file name the finance subgraph gives a document: an invoice number or a draft's name. */
const DISPOSITION = /^attachment; filename="[A-Za-z0-9_-]{1,60}\.pdf"$/;

/** Downloads one address may make per window: a person downloads a few; rendering a draft costs the server real work. */
export const DOCUMENT_REQUESTS_PER_WINDOW = 30;
/** The rate limit's window, in milliseconds. */
export const DOCUMENT_WINDOW_MS = 60_000;

export type InvoiceDocumentOptions = SubgraphRouteOptions;

/** The finance subgraph's routing URL: the override, else `join__graph(name: "finance", url: …)` of the supergraph. */
export const financeUrl = (options: Pick<InvoiceDocumentOptions, 'supergraphSdl' | 'subgraphUrls'>): string =>
  subgraphRoutingUrl(options, 'finance', 'invoice document route');

const SECRET_URL_HEADERS = {
  // The URL carries a credential: keep it out of Referer headers; and the answer out of shared caches.
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cache-control': 'private, no-store',
};

function answer(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...SECRET_URL_HEADERS, ...headers });
  res.end(text);
}

/**
 * `GET /documents/invoices/<token>.pdf`: an invoice's PDF through the short-lived signed link that
 * `Invoice.pdfUrl` gives (docs/invoice-pdf.md). The gateway checks the token's shape and a per-address
 * rate limit (429 with `Retry-After`), then asks the finance subgraph's internal route with the token
 * in a POST body; the subgraph verifies the signature and expiry, logs the access and answers the
 * bytes. Unknown, expired, forged, tampered or malformed tokens are all 404 with no detail; the token
 * is never logged. Subgraphs stay private: this is the only way to a document from outside.
 *
 * Answers `application/pdf`, `Content-Disposition: attachment; filename="<number>.pdf"`,
 * `Cache-Control: private, no-store`.
 */
export function createInvoiceDocumentHandler(options: InvoiceDocumentOptions) {
  const target = new URL(SUBGRAPH_ROUTE, financeUrl(options)).toString();
  const limiter = options.limiter ?? new FeedRateLimiter(DOCUMENT_REQUESTS_PER_WINDOW, DOCUMENT_WINDOW_MS);
  const { log } = options;

  return async (req: IncomingMessage, res: ServerResponse, token: string): Promise<void> => {
    // Not HEAD: every request the subgraph answers is a download, and is logged as one.
    if (req.method !== 'GET') return answer(res, 405, 'Method not allowed', { allow: 'GET' });
    const caller = options.callerOf(req);
    const wait = limiter.take(caller.ip ?? 'unknown');
    if (wait !== null) return answer(res, 429, 'Too many requests', { 'retry-after': String(wait) });
    if (token.length > MAX_TOKEN_LENGTH || !TOKEN.test(token)) return answer(res, 404, 'Not found');
    const { requestId } = caller;
    let response: Response;
    try {
      response = await fetch(target, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-request-id': requestId,
          'x-forwarded-for': caller.forwardedFor,
          ...(await options.credential?.(caller)),
        },
        body: JSON.stringify({ token }),
        signal: AbortSignal.timeout(SUBGRAPH_TIMEOUT_MS),
      });
    } catch (error) {
      log.error({ requestId, err: error }, 'invoice document: finance subgraph unreachable');
      return answer(res, 503, 'Document temporarily unavailable', { 'retry-after': '60' });
    }
    const body = Buffer.from(await response.arrayBuffer());
    if (response.status === 404) return answer(res, 404, 'Not found');
    const disposition = response.headers.get('content-disposition') ?? '';
    if (!response.ok || response.headers.get('content-type') !== 'application/pdf' || !DISPOSITION.test(disposition)) {
      log.error({ requestId, status: response.status }, 'invoice document: finance subgraph failed');
      return answer(res, 503, 'Document temporarily unavailable', { 'retry-after': '60' });
    }
    res.writeHead(200, {
      ...SECRET_URL_HEADERS,
      'content-type': 'application/pdf',
      'content-disposition': disposition,
      'content-length': String(body.length),
    });
    res.end(body);
  };
}

/**
 * Serves invoice PDFs on `httpServer` (the gateway's): requests for `/documents/invoices/<token>.pdf`
 * go to {@link createInvoiceDocumentHandler}, every other request to the server's own handlers as before.
 */
export function serveInvoiceDocuments(httpServer: Server, options: InvoiceDocumentOptions): void {
  const documents = createInvoiceDocumentHandler(options);
  const others = httpServer.listeners('request') as RequestListener[];
  httpServer.removeAllListeners('request');
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const match = DOCUMENT_PATH.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!match) {
      for (const listener of others) listener(req, res);
      return;
    }
    documents(req, res, match[1]).catch((error: unknown) => {
      options.log.error({ err: error }, 'invoice document failed');
      if (!res.headersSent) answer(res, 500, 'Internal server error');
      else res.end();
    });
  });
}
