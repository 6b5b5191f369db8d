import { RequiresAllScopes } from '@fitflow/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { InvoiceType } from '../invoice/invoice.type.js';
import { invoicePdfUrl } from './invoice-document.service.js';

/** `Invoice.pdfUrl`: a short-lived download link of the invoice's PDF. */
@Resolver(() => InvoiceType)
export class InvoiceDocumentResolver {
  @FieldResolver(() => String, {
    description:
      'A link to download the PDF, valid 5 minutes and only for you: the issued document exactly as issued, or for a draft a preview marked DRAFT. Each download is recorded in the access log. See docs/invoice-pdf.md.',
  })
  // The PDF names its recipient — on a client invoice, a client — so an app needs client records too.
  @RequiresAllScopes('invoices:read', 'clients:read')
  pdfUrl(@Root() invoice: InvoiceType, @Ctx() ctx: FinanceContext): Promise<string> {
    return invoicePdfUrl(ctx, invoice.id);
  }
}
