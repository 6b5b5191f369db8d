import { DataAccess, notFound, RowSealer, systemContext, unwrapDataKey, type KeyRing, type Logger, type RequestContext, type UnitOfWork } from '@fitflow/kit';
import { createHash } from 'node:crypto';
import type { FinanceContext } from '../../context.js';
import { financeRepositories, type FinanceRepositories } from '../../data.js';
import type { FinanceDeps } from '../../deps.js';
import { signInvoiceLink, verifyInvoiceLink } from './invoice-document.link.js';
import { buildInvoiceDocumentModel, type DocumentParty, type InvoiceDocumentModel, type InvoiceDocumentSource } from './invoice-document.model.js';
import type { SealedClientName } from './invoice-document.repository.js';
import { renderInvoicePdf } from './invoice-document.pdf.js';

/*
 * Invoice PDFs (docs/invoice-pdf.md): stored at issue, byte for byte; previewed while a draft;
 * downloaded through short-lived signed links that the gateway serves, each download in the access log.
 */

/** A unit of work of the finance subgraph (`ctx.data.run((tx) => …)`). */
type FinanceTx = UnitOfWork<FinanceRepositories>;

const TABLE = 'invoice_documents';
/** The access log's resource type of a downloaded document. */
export const DOCUMENT_RESOURCE = 'invoice_document';

/**
 * A client's name opened from `clients.client_billing_directory` (docs/database-contracts/clients.md):
 * the client's data key unwrapped with the master key ring, each name opened as the clients subgraph
 * sealed it (AAD `clients.<column>:<client id>`, the key named `client.<id>` inside the ciphertext).
 * In this process only; never logged.
 * @throws Error when a name was altered or the ring cannot unwrap the key.
 */
function openClientName(sealed: SealedClientName, ring: KeyRing): DocumentParty {
  const key = unwrapDataKey(sealed.dataKey, ring.byId);
  const sealer = new RowSealer({ id: key.id.replaceAll(':', '.'), key: key.key }, 'clients', sealed.clientId);
  return { name: `${sealer.openText('first_name', sealed.firstName) ?? ''} ${sealer.openText('last_name', sealed.lastName) ?? ''}`.trim(), address: null };
}

/**
 * What the document of invoice `invoiceId` shows, loaded through `tx` (so within the caller's scope):
 * the invoice, its lines, the names of the studios its lines took place at, the number of the invoice
 * a credit note credits, and — only for an invoice without party snapshots (a draft) — its parties as
 * the directories describe them today (a client's name opened with `ring`). Null when the caller
 * cannot see the invoice.
 * @throws Error when the invoice has no snapshot, bills a client, and no `ring` is given.
 */
export async function invoiceDocumentSource(tx: FinanceTx, invoiceId: string, ring?: KeyRing): Promise<InvoiceDocumentSource | null> {
  const [invoice] = await tx.invoices.findByIds([invoiceId]);
  if (!invoice) return null;
  const items = await tx.invoiceItems.itemsOf([invoiceId]);
  const locations = [...new Set(items.flatMap((item) => (item.locationStudioId ? [item.locationStudioId] : [])))];
  const studioNames = await tx.invoiceDocuments.studioNames(locations);
  const credited = invoice.creditedInvoiceId ? (await tx.invoices.findByIds([invoice.creditedInvoiceId]))[0] : undefined;
  let currentParties: InvoiceDocumentSource['currentParties'] = null;
  if (!invoice.supplier || !invoice.recipient) {
    let recipient: DocumentParty | null = null;
    if (invoice.studioId) {
      recipient = await tx.invoiceDocuments.currentStudioRecipient(invoice.studioId);
    } else if (invoice.clientId) {
      const sealed = await tx.invoiceDocuments.currentClientRecipient(invoice.clientId);
      if (sealed && !ring) throw new Error("a client's name on a draft needs the master key ring");
      recipient = sealed && openClientName(sealed, ring!);
    }
    currentParties = { supplier: await tx.invoiceDocuments.currentSupplier(invoice.trainerId), recipient };
  }
  return { invoice, items, studioNames, creditedInvoiceNumber: credited?.invoiceNumber ?? null, currentParties };
}

/**
 * The {@link InvoiceDocumentModel} of invoice `invoiceId`, loaded through `tx` ({@link invoiceDocumentSource})
 * and built by the one mapping ({@link buildInvoiceDocumentModel}). `ring` is needed only for a
 * client invoice without snapshots (a draft).
 * @throws NOT_FOUND when the caller cannot see the invoice.
 */
export async function invoiceDocumentModelOf(tx: FinanceTx, invoiceId: string, ring?: KeyRing): Promise<InvoiceDocumentModel> {
  const source = await invoiceDocumentSource(tx, invoiceId, ring);
  if (!source) throw notFound('Invoice');
  return buildInvoiceDocumentModel(source);
}

/** Renders `model`, stores the bytes as invoice `invoiceId`'s document and records it in the audit log; returns the bytes too. */
async function renderAndStore(tx: FinanceTx, invoiceId: string, model: InvoiceDocumentModel, reason?: string) {
  if (model.draft || !model.number) throw new Error('only an issued invoice has a stored document: issue it (number it) first');
  const content = await renderInvoicePdf(model);
  const sha256 = createHash('sha256').update(content).digest('hex');
  await tx.invoiceDocuments.insert({ invoiceId, language: model.language, sha256, content, byteSize: content.length });
  await tx.audit.record({
    action: 'create',
    table: TABLE,
    recordId: invoiceId,
    newValues: { sha256, byteSize: content.length, language: model.language },
    reason,
  });
  return { sha256, byteSize: content.length, content };
}

/**
 * Renders the PDF of an invoice (or credit note) being issued and stores it, with its SHA-256, as the
 * document every later download returns byte for byte (`finance.invoice_documents`, which PostgreSQL
 * never lets change).
 *
 * The contract with the issuing code (`issueInvoice`, `createCreditNote`): call it **inside the issuing
 * transaction** (`ctx.data.run(tx => …)`), **after** the invoice row is issued — status no longer
 * `draft`, number assigned, `supplier`/`recipient` snapshots, `language`, `tax_details` and totals
 * written — with the model of that very row, e.g.
 * `await storeIssuedDocument(tx, id, await invoiceDocumentModelOf(tx, id))`. If rendering or storing
 * fails, the issue fails with it and nothing is written. Audit row: `create` of `invoice_documents`
 * (hash, size, language).
 * @param tx the issuing unit of work (its caller keeps the trainer's books: row-level security refuses anyone else).
 * @param model the document to store; must not be a draft.
 * @returns the hex SHA-256 of the PDF and its size in bytes.
 * @throws Error for a draft model (a programming error); a database error when the invoice is still a
 *   draft in the database or already has a document.
 */
export async function storeIssuedDocument(tx: FinanceTx, invoiceId: string, model: InvoiceDocumentModel): Promise<{ sha256: string; byteSize: number }> {
  const { sha256, byteSize } = await renderAndStore(tx, invoiceId, model);
  return { sha256, byteSize };
}

/**
 * `Invoice.pdfUrl`: a download link for the invoice's PDF, valid five minutes, made for the caller:
 * `<PUBLIC_URL>/documents/invoices/<token>.pdf` (invoice-document.link.ts). Shield has already
 * checked that the caller sees the invoice; no SQL here.
 */
export async function invoicePdfUrl(ctx: FinanceContext, invoiceId: string): Promise<string> {
  const token = await signInvoiceLink({ invoiceId, userId: ctx.viewer!.userId }, ctx.deps.invoiceLinkKey, ctx.deps.now());
  return `${ctx.deps.publicUrl}/documents/invoices/${token}.pdf`;
}

/** A PDF to send: its bytes and the file name to save it as. */
export interface InvoiceDownload {
  /** E.g. `MC-2026-0007.pdf`; a draft: `DRAFT-<first 8 characters of its id>.pdf`. */
  filename: string;
  content: Buffer;
}

/** The request facts of one download, as the internal route received them from the gateway. */
export interface DownloadRequest {
  requestId: string;
  ip: string | null;
  log: Logger;
}

/**
 * The PDF a download link points at, or null — for a malformed, forged, tampered, expired or unknown
 * token, or an invoice that no longer exists — which the route answers 404 whatever the reason.
 *
 * - An issued invoice: its stored document, byte for byte. One issued before documents were stored
 *   (none yet) is rendered from its rows and stored now, once; from then on it never changes.
 * - A draft: a preview rendered now, marked DRAFT, never stored.
 *
 * The token is the credential: it was signed for a person who could see the invoice when they asked
 * for the link, five minutes at most before. The work runs in kit's `systemContext('invoice-download')`,
 * limited here to the one invoice the token names, with the viewer being that person: the access-log
 * row (`export` of `invoice_document`, purpose `payment`, the client's id for a client invoice) names
 * who downloaded what. One transaction: the lookup, any rendering, the log row.
 */
export async function downloadInvoiceDocument(deps: FinanceDeps, request: DownloadRequest, token: string): Promise<InvoiceDownload | null> {
  const claims = await verifyInvoiceLink(token, deps.invoiceLinkKey, deps.now());
  if (!claims) return null;
  const system = systemContext('invoice-download', request.log);
  const context: RequestContext = { ...system, requestId: request.requestId, ip: request.ip, viewer: { userId: claims.userId, roles: [] } };
  const data = new DataAccess(deps.ds, context, 'finance', financeRepositories(deps.keys));
  const download = await data.run(async (tx) => {
    const source = await invoiceDocumentSource(tx, claims.invoiceId, deps.keyRing);
    if (!source) return null;
    const { invoice } = source;
    let content: Buffer;
    if (invoice.status === 'draft') {
      content = await renderInvoicePdf(buildInvoiceDocumentModel(source));
    } else {
      const stored = await tx.invoiceDocuments.find(invoice.id);
      content = stored
        ? stored.content
        : (await renderAndStore(tx, invoice.id, buildInvoiceDocumentModel(source), 'issued before documents were stored: rendered at its first download'))
            .content;
    }
    await tx.audit.access({
      resourceType: DOCUMENT_RESOURCE,
      resourceIds: [invoice.id],
      subjectClientIds: [invoice.clientId],
      action: 'export',
      purpose: 'payment',
    });
    const name = invoice.invoiceNumber ?? `DRAFT-${invoice.id.slice(0, 8)}`;
    return { filename: `${name.replace(/[^A-Za-z0-9_-]/g, '-')}.pdf`, content, draft: invoice.status === 'draft' };
  });
  if (!download) return null;
  context.log.info({ invoiceId: claims.invoiceId, bytes: download.content.length, draft: download.draft }, 'invoice document downloaded');
  return { filename: download.filename, content: download.content };
}
