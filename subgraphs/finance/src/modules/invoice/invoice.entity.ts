import { decimalTransformer, type Decimal } from '@fitflow/kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A sales tax on an invoice, as stored in `tax_details.lines`. */
export interface StoredTaxLine {
  tax: 'GST' | 'HST' | 'PST' | 'QST' | 'RST';
  /** 'CA' for GST, else the province levying it (set on invoices issued since invoicing landed). */
  jurisdiction?: string;
  /** Fraction as a decimal string, e.g. "0.13". */
  rate: string;
  /** CAD the tax was computed on, two decimals (set on invoices issued since invoicing landed). */
  base?: string;
  /** CAD as a decimal string with two decimals, e.g. "149.50". */
  amount: string;
}

/**
 * `finance.invoices.tax_details`: the province whose taxes apply and one line per tax charged. A
 * trainer who is a small supplier (no GST number) charges none: `lines` is empty. Written by the tax
 * engine's quote (docs/invoices.md, "What is frozen"): on a draft a preview at today's rates, on an
 * issued invoice what was charged.
 */
export interface TaxDetails {
  /** The place of supply (two letters); the same as `placeOfSupply` (kept for invoices issued before it). */
  province: string;
  /** The place of supply (set on invoices quoted since invoicing landed). */
  placeOfSupply?: string;
  /** The tax point: the day whose rates apply (`YYYY-MM-DD`, the invoice date). */
  taxPoint?: string;
  lines: StoredTaxLine[];
  /** Statements the invoice prints, as codes (e.g. 'SMALL_SUPPLIER'). */
  notices?: string[];
}

/** Where an invoice is in its life (overdue is derived on read, never stored): docs/invoices.md. */
export type StoredInvoiceStatus = 'draft' | 'issued' | 'sent' | 'partially_paid' | 'paid' | 'void';

/** A party as the issued document shows it forever (`invoices.supplier` / `invoices.recipient`). */
export interface PartySnapshot {
  name: string;
  businessName?: string | null;
  address?: { line1?: string; line2?: string | null; city?: string; province?: string; postalCode?: string } | null;
  /** The studio's business number (a recipient). */
  businessNumber?: string | null;
  gstHstNumber?: string | null;
  qstNumber?: string | null;
  /** The supplier's PST/RST number in the place of supply, if any. */
  pstNumber?: string | null;
  /** Every PST/RST registration of the supplier, by province (e.g. `{ "BC": "PST-1234-5678" }`). */
  pstNumbers?: Record<string, string> | null;
}

/** Row of `finance.invoices`: a trainer's invoice to a studio (`studio`) or to a client (`client`). */
@Entity({ schema: 'finance', name: 'invoices' })
export class InvoiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The trainer's gap-free number, e.g. "MC-2026-0007", unique per trainer; null while a draft. */
  @Column({ name: 'invoice_number', type: 'varchar', length: 50, nullable: true })
  invoiceNumber: string | null;

  /** An invoice, or a credit note crediting `creditedInvoiceId` (its amounts are positive). */
  @Column({ name: 'document_type', type: 'varchar', length: 20, default: 'invoice' })
  documentType: 'invoice' | 'credit_note';

  @Column({ name: 'credited_invoice_id', type: 'uuid', nullable: true })
  creditedInvoiceId: string | null;

  /** Province whose taxes apply (two letters); set at issue. */
  @Column({ name: 'place_of_supply', type: 'varchar', length: 2, nullable: true })
  placeOfSupply: string | null;

  /** IANA zone the invoice's calendar days are in (the studio's, or the trainer's for a client invoice). */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  /** Language of the document: French for a Québec recipient. */
  @Column({ type: 'varchar', length: 2, default: 'en' })
  language: 'en' | 'fr';

  /** The supplier (trainer) as issued; null while a draft. */
  @Column({ type: 'jsonb', nullable: true })
  supplier: PartySnapshot | null;

  /** The recipient (studio or client) as issued; null while a draft. */
  @Column({ type: 'jsonb', nullable: true })
  recipient: PartySnapshot | null;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt: Date | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt: Date | null;

  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason: string | null;

  /** The issuing trainer (studios' `Trainer` id). */
  @Column({ name: 'trainer_id', type: 'uuid' })
  trainerId: string;

  /** The studio billed (`studio` invoices) or where the sessions took place; studios' `Studio` id. */
  @Column({ name: 'studio_id', type: 'uuid', nullable: true })
  studioId: string | null;

  /** The client billed (`client` invoices only); clients' `Client` id. */
  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ name: 'invoice_type', type: 'varchar', length: 50 })
  invoiceType: 'studio' | 'client';

  /**
   * Calendar days `YYYY-MM-DD` in the studio's zone (studio invoices) or the trainer's home zone
   * (client invoices), as docs/money.md says; so are `dueDate`, `periodStart` and `periodEnd`.
   */
  @Column({ name: 'invoice_date', type: 'date' })
  invoiceDate: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  /** CAD before tax: the sum of the items' amounts. */
  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  subtotal: Decimal;

  @Column({ name: 'tax_details', type: 'jsonb' })
  taxDetails: TaxDetails;

  /** CAD: subtotal plus every tax line. */
  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  total: Decimal;

  @Column({ type: 'varchar', length: 50 })
  status: StoredInvoiceStatus;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ name: 'payment_method', type: 'varchar', length: 50, nullable: true })
  paymentMethod: string | null;

  @Column({ name: 'payment_reference', type: 'varchar', length: 255, nullable: true })
  paymentReference: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
