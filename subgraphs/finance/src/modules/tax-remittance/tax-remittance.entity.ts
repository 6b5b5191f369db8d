import { decimalTransformer, type Decimal } from '@fitflow/kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Row of `finance.tax_remittances`: a trainer's sales-tax return for one period. Money is CAD. */
@Entity({ schema: 'finance', name: 'tax_remittances' })
export class TaxRemittanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'trainer_id', type: 'uuid' })
  trainerId: string;

  @Column({ name: 'tax_type', type: 'varchar', length: 50 })
  taxType: 'gst' | 'hst' | 'pst' | 'qst';

  /** Local dates `YYYY-MM-DD`, inclusive. */
  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  @Column({ name: 'gross_revenue', type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  grossRevenue: Decimal;

  @Column({ name: 'taxable_revenue', type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  taxableRevenue: Decimal;

  @Column({ name: 'tax_collected', type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  taxCollected: Decimal;

  @Column({ name: 'input_tax_credits', type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  inputTaxCredits: Decimal;

  /** tax collected − input tax credits; negative when a refund is due. */
  @Column({ name: 'net_tax_owing', type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  netTaxOwing: Decimal;

  @Column({ name: 'remittance_date', type: 'date', nullable: true })
  remittanceDate: string | null;

  @Column({ name: 'remittance_reference', type: 'varchar', length: 255, nullable: true })
  remittanceReference: string | null;

  @Column({ type: 'varchar', length: 50 })
  status: 'calculated' | 'filed' | 'paid';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
