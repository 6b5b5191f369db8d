import { defineModule } from '@fitflow/kit';
import { InvoiceDocumentEntity } from './invoice-document.entity.js';
import { InvoiceDocumentResolver } from './invoice-document.resolver.js';
import { invoiceDocumentRules } from './invoice-document.rules.js';

/**
 * Invoice PDFs: `Invoice.pdfUrl` (a short-lived signed link), the document stored at issue
 * (`storeIssuedDocument`, called by the issuing code), drafts' previews. The PDF itself is served by
 * the gateway's `GET /documents/invoices/<token>.pdf`, which asks this subgraph's internal route
 * (invoice-document.http.ts). See docs/invoice-pdf.md.
 */
export const invoiceDocumentModule = defineModule({
  name: 'invoice-document',
  resolvers: [InvoiceDocumentResolver],
  rules: invoiceDocumentRules,
  entities: [InvoiceDocumentEntity],
});
