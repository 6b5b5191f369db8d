import { Decimal, type Province } from '@fitflow/kit';
import { sumMoney } from '../../money.js';
import type { InvoiceItemEntity } from '../invoice-item/invoice-item.entity.js';
import type { InvoiceEntity, PartySnapshot } from '../invoice/invoice.entity.js';
import { noticeText, taxLabel } from './invoice-document.format.js';

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

/**
 * A party as an invoice snapshots it at issue (`invoices.supplier` / `invoices.recipient`), or as the
 * directories describe it today for a draft. PST/RST registrations come either as one number
 * (`pstNumber`, of the place of supply) or by province (`pstNumbers`).
 */
export type DocumentParty = PartySnapshot & { pstNumbers?: Partial<Record<Province, string>> | null };

/** Everything {@link buildInvoiceDocumentModel} reads: finance rows and the few directory facts a document prints. */
export interface InvoiceDocumentSource {
  invoice: InvoiceEntity;
  /** The invoice's lines (any order: they print by `position`). */
  items: readonly InvoiceItemEntity[];
  /** Studio names by id: the titles of a consolidated invoice's line groups. */
  studioNames: ReadonlyMap<string, string>;
  /** The number of the invoice a credit note credits (null for an invoice). */
  creditedInvoiceNumber: string | null;
  /**
   * The parties as the directories describe them now, used only when the invoice has no snapshot
   * (a draft): an issued invoice always prints its snapshot, whatever changed since.
   */
  currentParties?: { supplier: DocumentParty | null; recipient: DocumentParty | null } | null;
}

const EMPTY_SUPPLIER: DocumentParty = { name: '' };

function address(party: DocumentParty): DocumentAddress | null {
  const a = party.address;
  if (!a || !(a.line1 || a.city)) return null;
  return { line1: a.line1 ?? '', line2: a.line2 ?? null, city: a.city ?? '', province: a.province ?? '', postalCode: a.postalCode ?? '' };
}

/** Days from `from` to `to`, both calendar days `YYYY-MM-DD` (the payment terms: due date − invoice date). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The one mapping from finance rows to an {@link InvoiceDocumentModel}:
 *
 * - **Parties**: the invoice's `supplier` / `recipient` snapshots; a draft (no snapshot yet) uses
 *   `currentParties`. The supplier prints its GST/HST, QST and PST/RST numbers as snapshotted.
 * - **Language**: the invoice's (`invoices.language`, set at issue: French for a recipient in Québec);
 *   a draft without a snapshot is French when its recipient's address is in Québec.
 * - **Lines** in `position` order. When some line took place elsewhere than at the studio billed (a
 *   headquarters billed for its chain), lines are grouped by location (`location_studio_id`), groups
 *   in order of their first line, each titled by the studio's name; otherwise one untitled group.
 * - **Taxes**: `tax_details.lines`, one per tax and rate, named in the document's language
 *   ("HST 13 %", "TVQ 9,975 %"); the base is the stored one (the subtotal on invoices stored before
 *   bases were). **Notices**: `tax_details.notices` codes, written out (invoice-document.format.ts).
 * - **Totals**: subtotal and total as stored. The document is what was issued: nothing is paid yet,
 *   so the balance due is the total (later payments show in the app, not on the issued PDF).
 * - **Terms**: the days from the invoice date to the due date ("Net 30").
 *
 * Pure: no I/O (the service loads the source, invoice-document.service.ts).
 */
export function buildInvoiceDocumentModel(source: InvoiceDocumentSource): InvoiceDocumentModel {
  const { invoice } = source;
  const supplierParty: DocumentParty = invoice.supplier ?? source.currentParties?.supplier ?? EMPTY_SUPPLIER;
  const recipientParty: DocumentParty = invoice.recipient ?? source.currentParties?.recipient ?? { name: '' };
  const recipientAddress = address(recipientParty);
  const language: DocumentLanguage = invoice.recipient ? invoice.language : recipientAddress?.province === 'QC' ? 'fr' : invoice.language;

  const pstNumbers: Partial<Record<Province, string>> = { ...(supplierParty.pstNumbers ?? {}) };
  const pstProvince = (invoice.placeOfSupply ?? address(supplierParty)?.province) as Province | undefined;
  if (supplierParty.pstNumber && pstProvince && !pstNumbers[pstProvince]) pstNumbers[pstProvince] = supplierParty.pstNumber;

  const items = [...source.items].sort((a, b) => a.position - b.position);
  const grouped = items.some((item) => item.locationStudioId !== null && item.locationStudioId !== invoice.studioId);
  const groups = new Map<string, InvoiceItemEntity[]>();
  for (const item of items) {
    const key = grouped ? (item.locationStudioId ?? '') : '';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }

  const subtotal = invoice.subtotal;
  return {
    kind: invoice.documentType,
    creditedInvoiceNumber: invoice.documentType === 'credit_note' ? source.creditedInvoiceNumber : null,
    draft: invoice.status === 'draft',
    language,
    number: invoice.invoiceNumber,
    invoiceDate: invoice.invoiceDate,
    dueDate: invoice.dueDate,
    period: { start: invoice.periodStart, end: invoice.periodEnd },
    netDays: Math.max(0, daysBetween(invoice.invoiceDate, invoice.dueDate)),
    supplier: {
      name: supplierParty.name,
      businessName: supplierParty.businessName && supplierParty.businessName !== supplierParty.name ? supplierParty.businessName : null,
      address: address(supplierParty),
      gstHstNumber: supplierParty.gstHstNumber ?? null,
      qstNumber: supplierParty.qstNumber ?? null,
      pstNumbers,
    },
    recipient: { name: recipientParty.name, address: recipientAddress },
    groups: [...groups].map(([location, lines]) => ({
      location: grouped ? (source.studioNames.get(location) ?? null) : null,
      lines: lines.map((item) => ({
        serviceDate: item.serviceDate,
        description: item.description,
        attendees: item.attendees,
        quantity: item.quantity,
        unitPrice: item.unitPrice,
        amount: item.amount,
      })),
      subtotal: sumMoney(lines.map((item) => item.amount)),
    })),
    subtotal,
    taxes: (invoice.taxDetails.lines ?? []).map((line) => {
      const tax = line.tax.toUpperCase() as DocumentTaxName;
      const rate = new Decimal(line.rate);
      return { name: taxLabel(tax, rate, language), tax, rate, base: new Decimal(line.base ?? subtotal), amount: new Decimal(line.amount) };
    }),
    total: invoice.total,
    amountPaid: new Decimal(0),
    balanceDue: invoice.total,
    notices: (invoice.taxDetails.notices ?? []).map((code) => noticeText(code, language, invoice.placeOfSupply)),
    notes: invoice.notes,
  };
}
