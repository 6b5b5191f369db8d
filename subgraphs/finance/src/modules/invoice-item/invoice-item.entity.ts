import { decimalTransformer, type Decimal } from '@fitflow/kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Row of `finance.invoice_items`: one line of an invoice, usually one delivered session. */
@Entity({ schema: 'finance', name: 'invoice_items' })
export class InvoiceItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId: string;

  /** Order of the line on the invoice, from 0 (not in the founding data model: lines must print in a stable order). */
  @Column({ type: 'integer' })
  position: number;

  /** The session billed (scheduling's `Appointment` id), or null for other charges. */
  @Column({ name: 'appointment_id', type: 'uuid', nullable: true })
  appointmentId: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  quantity: Decimal;

  /** CAD per unit, before tax. */
  @Column({ name: 'unit_price', type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  unitPrice: Decimal;

  /** CAD: quantity × unit price rounded half-up to the cent (computed by `lineAmount`, checked by the database). */
  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: decimalTransformer })
  amount: Decimal;

  /** Sales-tax rate applied to the line as a fraction (0.13 = 13 %), 0 for a small supplier. */
  @Column({ name: 'tax_rate', type: 'numeric', precision: 5, scale: 4, nullable: true, transformer: decimalTransformer })
  taxRate: Decimal | null;

  /** A service (sessions) or goods; decides which sales taxes apply (docs/tax.md). */
  @Column({ type: 'varchar', length: 10, default: 'service' })
  kind: 'service' | 'goods';

  /** Class category of a session line ('group', 'individual', 'trial'), or a goods category; null for others. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  category: string | null;

  /** Day the session took place, in the invoice's zone. */
  @Column({ name: 'service_date', type: 'date', nullable: true })
  serviceDate: string | null;

  /** Studio where the session took place (a consolidated invoice groups its lines by it). */
  @Column({ name: 'location_studio_id', type: 'uuid', nullable: true })
  locationStudioId: string | null;

  /** Clients who attended the session. */
  @Column({ type: 'integer', nullable: true })
  attendees: number | null;

  /** Why a session is billed: it took place, or the contract bills its no-show or late cancellation. */
  @Column({ name: 'billing_basis', type: 'varchar', length: 20, nullable: true })
  billingBasis: 'completed' | 'no-show' | 'late-cancellation' | null;

  /** False once the invoice is void: the session may then be billed again. */
  @Column({ type: 'boolean', default: true })
  live: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
