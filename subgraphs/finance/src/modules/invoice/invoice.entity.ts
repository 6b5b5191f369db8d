import { decimalTransformer, type Decimal } from '@fitflow/kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A sales tax on an invoice, as stored in `tax_details.lines`. */
export interface StoredTaxLine {
  tax: 'GST' | 'HST' | 'PST' | 'QST';
  /** Fraction as a decimal string, e.g. "0.13". */
  rate: string;
  /** CAD as a decimal string with two decimals, e.g. "149.50". */
  amount: string;
}

/**
 * `finance.invoices.tax_details`: the province whose taxes apply and one line per tax charged. A
 * trainer who is a small supplier (no GST number) charges none: `lines` is empty.
 */
export interface TaxDetails {
  province: string;
  lines: StoredTaxLine[];
}

/** Row of `finance.invoices`: a trainer's invoice to a studio (`studio`) or to a client (`client`). */
@Entity({ schema: 'finance', name: 'invoices' })
export class InvoiceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Unique human number, e.g. "MAYA-202610-HARBOURFRONT". */
  @Column({ name: 'invoice_number', type: 'varchar', length: 50 })
  invoiceNumber: string;

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
  status: 'draft' | 'sent' | 'paid' | 'overdue' | 'cancelled';

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
