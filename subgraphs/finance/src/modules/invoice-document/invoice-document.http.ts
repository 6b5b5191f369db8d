import { clientIp, newRequestId, type Logger, type RouteHandler } from '@fitflow/kit';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FinanceDeps } from '../../deps.js';
import { downloadInvoiceDocument } from './invoice-document.service.js';

/** The subgraph's internal route the gateway's `GET /documents/invoices/<token>.pdf` asks (gateway/src/invoice-documents.ts). */
export const INVOICE_DOCUMENT_ROUTE = '/internal/invoice-document';
/** Largest request body accepted: `{"token": "<a JWT of about 300 characters>"}`. */
const MAX_BODY_BYTES = 2048;

async function readToken(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { token?: unknown };
    return typeof body?.token === 'string' ? body.token : null;
  } catch {
    return null;
  }
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end('Not found');
}

/**
 * The finance subgraph's plain HTTP route for invoice PDFs: `POST /internal/invoice-document` with
 * `{"token": "…"}` (in the body, so that no access log records it) answers the PDF — 200,
 * `application/pdf`, `Content-Disposition: attachment; filename="MC-2026-0007.pdf"`,
 * `Cache-Control: private, no-store` — or 404 with no detail for a malformed, forged, tampered,
 * expired or unknown token (invoice-document.service.ts `downloadInvoiceDocument`).
 *
 * No access token is involved: the signed link is the credential. Like the GraphQL endpoint, this
 * route is reachable only from the gateway (docs/security.md); the caller's address and request id
 * come from the gateway's `X-Forwarded-For` and `X-Request-Id`.
 */
export function invoiceDocumentRoutes(deps: FinanceDeps, log: Logger): Record<string, RouteHandler> {
  return {
    [INVOICE_DOCUMENT_ROUTE]: async (req, res) => {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' });
        return void res.end();
      }
      const token = await readToken(req);
      if (token === null) return notFound(res);
      const download = await downloadInvoiceDocument(deps, { requestId: newRequestId(req), ip: clientIp(req), log }, token);
      if (!download) return notFound(res);
      res.writeHead(200, {
        'content-type': 'application/pdf',
        'content-length': String(download.content.length),
        'content-disposition': `attachment; filename="${download.filename}"`,
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      });
      res.end(download.content);
    },
  };
}
