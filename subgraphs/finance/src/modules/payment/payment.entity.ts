import { decimalTransformer, type Decimal } from '@fitflow/kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Row of `finance.payments`: money received, usually against an invoice. */
@Entity({ schema: 'finance', name: 'payments' })
export class PaymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'invoice_id', type: 'uuid', nullable: true })
  invoiceId: string | null;

  /** The trainer paid (studios' `Trainer` id). */
  @Column({ name: 'trainer_id', type: 'uuid' })
  trainerId: string;

  /** The paying studio or client, when known. */
  @Column({ name: 'studio_id', type: 'uuid', nullable: true })
  studioId: string | null;

  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId: string | null;

  /** CAD, positive. */
  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  amount: Decimal;

  /** Local date `YYYY-MM-DD` the money was received. */
  @Column({ name: 'payment_date', type: 'date' })
  paymentDate: string;

  @Column({ name: 'payment_method', type: 'varchar', length: 50 })
  paymentMethod: 'cheque' | 'e-transfer' | 'cash' | 'credit';

  @Column({ name: 'reference_number', type: 'varchar', length: 255, nullable: true })
  referenceNumber: string | null;

  /** The trainer's bank account the money went to. */
  @Column({ name: 'bank_account_id', type: 'uuid', nullable: true })
  bankAccountId: string | null;

  @Column({ type: 'varchar', length: 50 })
  status: 'completed' | 'pending' | 'failed';

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** The user who recorded the payment (identity's user id); null on rows older than recording by users. */
  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  /**
   * Which side of the invoice recorded it: `supplier` (whoever keeps the trainer's books: the trainer,
   * their Trainer Admin, a super admin) or `recipient` (an admin of the studio billed, saying it paid).
   */
  @Column({ name: 'recorded_by_party', type: 'varchar', length: 10, default: 'supplier' })
  recordedByParty: 'supplier' | 'recipient';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
