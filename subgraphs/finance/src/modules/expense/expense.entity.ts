import { decimalTransformer, type Decimal } from '@fitflow/kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** What an expense was for (docs/remittance.md). */
export type StoredExpenseCategory = 'equipment' | 'supplies' | 'travel' | 'rent' | 'education' | 'marketing' | 'software' | 'insurance' | 'other';

/**
 * Row of `finance.expenses`: something a trainer bought for their business, and the sales taxes paid
 * on it (migration 1733700600000). Money is CAD with two decimals; `expenseDate` a local date.
 */
@Entity({ schema: 'finance', name: 'expenses' })
export class ExpenseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Whose books (studios' `Trainer` id). */
  @Column({ name: 'trainer_id', type: 'uuid' })
  trainerId: string;

  /** The day on the receipt, `YYYY-MM-DD`: the return whose period holds it counts it. */
  @Column({ name: 'expense_date', type: 'date' })
  expenseDate: string;

  @Column({ type: 'varchar', length: 255 })
  vendor: string;

  @Column({ type: 'varchar', length: 1000 })
  description: string;

  @Column({ type: 'varchar', length: 20 })
  category: StoredExpenseCategory;

  /** CAD before any sales tax. */
  @Column({ name: 'amount_before_tax', type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  amountBeforeTax: Decimal;

  /** GST or HST paid, CAD: an input tax credit when `itcEligible`. */
  @Column({ name: 'gst_hst_paid', type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  gstHstPaid: Decimal;

  /** QST paid (a purchase in Québec), CAD: an input tax refund when `itcEligible`. */
  @Column({ name: 'qst_paid', type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  qstPaid: Decimal;

  /** PST or RST paid (British Columbia, Saskatchewan, Manitoba), CAD: a cost, never recovered. */
  @Column({ name: 'pst_paid', type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  pstPaid: Decimal;

  /** Province or territory of the purchase (whose taxes it bore). */
  @Column({ type: 'varchar', length: 2 })
  province: string;

  /** The receipt's or invoice's number, to find the paper again. */
  @Column({ name: 'receipt_reference', type: 'varchar', length: 255, nullable: true })
  receiptReference: string | null;

  /** Bought for commercial activities, so its GST/HST (and QST) may be claimed back. */
  @Column({ name: 'itc_eligible', type: 'boolean' })
  itcEligible: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The user who recorded it. */
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
