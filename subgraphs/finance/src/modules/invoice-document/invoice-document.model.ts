import type { Decimal, Province } from '@fitflow/kit';

/**
 * What an invoice PDF shows, as plain data: no entity, no database, no formatting. The builder
 * ({@link buildInvoiceDocumentModel}, below) is the only place that maps finance rows to it; the
 * renderer (invoice-document.pdf.ts) only lays it out, in the model's language. Amounts are CAD
 * dollars as decimal.js values with two decimals; dates are calendar days `YYYY-MM-DD` in the
 * invoice's zone (docs/money.md, Whose calendar an invoice's dates are in).
 */

/** The language a document is printed in: French for a recipient in Québec (docs/invoice-pdf.md), English otherwise. */
export type DocumentLanguage = 'en' | 'fr';

/** The sales taxes an invoice may charge (docs/money.md; the tax engine's `TaxCharge.tax`). */
export type DocumentTaxName = 'GST' | 'HST' | 'QST' | 'PST' | 'RST';

/** A postal address as the directories publish it (`{line1, line2?, city, province, postal_code}`). */
export interface DocumentAddress {
  line1: string;
  line2?: string | null;
  city: string;
  province: Province | string;
  postalCode: string;
}

/** Who issues the document: the trainer, as snapshotted on the invoice at issue. */
export interface DocumentSupplier {
  /** The trainer's name, e.g. "Maya Chen". */
  name: string;
  /** The name they do business under, when it differs from `name` (e.g. "Maya Chen Fitness"). */
  businessName: string | null;
  address: DocumentAddress | null;
  /** GST/HST registration `123456789 RT0001`, or null: an unregistered small supplier. */
  gstHstNumber: string | null;
  /** QST registration `1234567890 TQ0001`, or null. */
  qstNumber: string | null;
  /** PST/RST registrations by province, e.g. `{ BC: 'PST-1234-5678' }`. */
  pstNumbers: Partial<Record<Province, string>>;
}

/** Who is billed: a studio (or its headquarters) or a client. */
export interface DocumentRecipient {
  name: string;
  address: DocumentAddress | null;
}

/** One line of the document: usually one session taught. */
export interface DocumentLine {
  /** The day of the service `YYYY-MM-DD` (the session's day in the invoice's zone), or null for other charges. */
  serviceDate: string | null;
  description: string;
  /** People who attended (a session line), or null. */
  attendees: number | null;
  quantity: Decimal;
  /** CAD per unit, before tax. */
  unitPrice: Decimal;
  /** CAD: quantity × unit price, rounded half-up to the cent (money.ts `lineAmount`). */
  amount: Decimal;
}

/**
 * Lines of one location. A headquarters billed for its chain at once (consolidated billing) gets one
 * group per studio, titled by the studio's name; any other invoice has one group with a null title.
 */
export interface DocumentLineGroup {
  location: string | null;
  lines: DocumentLine[];
  /** CAD: the sum of the group's line amounts. */
  subtotal: Decimal;
}

/** One tax charged, at one rate. */
export interface DocumentTax {
  /** As printed, in the document's language: "HST 13 %", "TVQ 9,975 %". */
  name: string;
  tax: DocumentTaxName;
  /** A fraction: 0.13 for 13 %. */
  rate: Decimal;
  /** CAD: the amount the tax is computed on. */
  base: Decimal;
  /** CAD, rounded half-up to the cent. */
  amount: Decimal;
}

/** Everything one invoice or credit note PDF shows. */
export interface InvoiceDocumentModel {
  /** An invoice, or a credit note reducing `creditedInvoiceNumber`'s balance (its amounts are positive). */
  kind: 'invoice' | 'credit_note';
  /** The number of the invoice a credit note credits; null for an invoice. */
  creditedInvoiceNumber: string | null;
  /** A draft: printed as a preview, watermarked, "not a tax invoice"; it has no number yet. */
  draft: boolean;
  language: DocumentLanguage;
  /** E.g. "MC-2026-0007"; null while a draft. */
  number: string | null;
  /** The day it is issued (the tax point), or for a draft the day it is previewed. */
  invoiceDate: string;
  dueDate: string;
  /** The days billed, both inclusive. */
  period: { start: string; end: string };
  /** Payment terms in days after the invoice date ("Net 30"). */
  netDays: number;
  supplier: DocumentSupplier;
  recipient: DocumentRecipient;
  groups: DocumentLineGroup[];
  subtotal: Decimal;
  /** One entry per tax and rate; empty when none is charged (see `notices`). */
  taxes: DocumentTax[];
  total: Decimal;
  amountPaid: Decimal;
  balanceDue: Decimal;
  /** Statements the document must print, in its language (e.g. a small supplier charges no GST/HST). */
  notices: string[];
  /** The trainer's notes to the recipient, or null. */
  notes: string | null;
}
