import { decimalTransformer, type Decimal } from '@fitflow/kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Which return a row is (`tax_type`): the GST/HST return, Québec's QST return, a province's PST or RST return. */
export type StoredReturnType = 'gst_hst' | 'qst' | 'pst' | 'rst';

/** One figure of a saved return, as `tax_remittances.lines` stores it: the form's line and CAD with two decimals. */
export interface StoredReturnLine {
  /** The form's line number ("101", "203") or, for provincial returns, its code ("TAX_COLLECTED"): docs/remittance.md. */
  line: string;
  /** CAD, two decimals, e.g. "1234.56"; negative for a refund or a period with more credited than invoiced. */
  amount: string;
}

/**
 * Row of `finance.tax_remittances`: one sales-tax return of a trainer for one period (docs/remittance.md),
 * calculated → filed → paid. Money is CAD; periods and filing days are local dates `YYYY-MM-DD`.
 * Once filed, a trigger refuses any change to its figures (migration 1733700600000).
 */
@Entity({ schema: 'finance', name: 'tax_remittances' })
export class TaxRemittanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'trainer_id', type: 'uuid' })
  trainerId: string;

  @Column({ name: 'tax_type', type: 'varchar', length: 50 })
  taxType: StoredReturnType;

  /** Whose return: 'CA' (GST/HST), 'QC' (QST), or the province of a PST/RST return ('BC', 'SK', 'MB'). */
  @Column({ type: 'varchar', length: 2 })
  jurisdiction: string;

  /** Local dates `YYYY-MM-DD`, inclusive. */
  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  /** Sales reported on the return, net of credit notes (line 101 of the GST/HST and QST returns; a province's sales for PST). */
  @Column({ name: 'gross_revenue', type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  grossRevenue: Decimal;

  /** The base the return's tax was charged on, net of credit notes. */
  @Column({ name: 'taxable_revenue', type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  taxableRevenue: Decimal;

  /** Tax collected or collectible plus adjustments added (line 105 / 205; PST collected). */
  @Column({ name: 'tax_collected', type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  taxCollected: Decimal;

  /** What is deducted from it: ITCs or ITRs plus adjustments deducted, i.e. tax credited by credit notes (line 108 / 208; PST credited). */
  @Column({ name: 'input_tax_credits', type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  inputTaxCredits: Decimal;

  /** tax collected − input tax credits (line 109 / 209); negative when a refund is due. */
  @Column({ name: 'net_tax_owing', type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  netTaxOwing: Decimal;

  /** Every figure of the worksheet, by line. */
  @Column({ type: 'jsonb' })
  lines: StoredReturnLine[];

  @Column({ type: 'varchar', length: 50 })
  status: 'calculated' | 'filed' | 'paid';

  /** The confirmation number the tax authority gave when the return was filed. */
  @Column({ name: 'remittance_reference', type: 'varchar', length: 255, nullable: true })
  remittanceReference: string | null;

  /** Local date the return was filed (after the period's end). */
  @Column({ name: 'filed_on', type: 'date', nullable: true })
  filedOn: string | null;

  /** When the filing was recorded here (UTC). */
  @Column({ name: 'filed_at', type: 'timestamptz', nullable: true })
  filedAt: Date | null;

  /** Local date the net tax was paid (after the period's end). */
  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: string | null;

  /** When the payment was recorded here (UTC). */
  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
