import type { Province } from '@fitflow/kit';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A Canadian street address as studios stores it, for studios and trainers alike
 * (`studios.is_billing_address`, docs/database-contracts/studios.md): `postal_code` is `A1A 1A1`.
 */
export interface StoredAddress {
  line1: string;
  line2?: string;
  city: string;
  province: Province;
  postal_code: string;
}

/** `studios.payment_terms`: `net_days` (0–365; 30 when absent) until an invoice is due, how often and how the studio pays. */
export interface PaymentTerms {
  net_days?: number;
  frequency?: string;
  preferred_method?: string;
}

/** Row of `studios.studios`. */
@Entity({ schema: 'studios', name: 'studios' })
export class StudioEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'parent_studio_id', type: 'uuid', nullable: true })
  parentStudioId: string | null;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  /** CRA business number with its GST/HST program account, e.g. "845612378RT0001". */
  @Column({ name: 'business_number', type: 'varchar', length: 100, nullable: true })
  businessNumber: string | null;

  /** Revenu Québec QST registration number (Quebec studios only). */
  @Column({ name: 'qst_number', type: 'varchar', length: 100, nullable: true })
  qstNumber: string | null;

  @Column({ type: 'jsonb' })
  address: StoredAddress;

  /** IANA time zone in which the studio's times are shown, e.g. "America/Toronto". */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ name: 'contact_info', type: 'jsonb' })
  contactInfo: { phone?: string; email?: string; website?: string };

  @Column({ name: 'payment_terms', type: 'jsonb' })
  paymentTerms: PaymentTerms;

  @Column({ name: 'is_headquarters', type: 'boolean' })
  isHeadquarters: boolean;

  @Column({ name: 'billing_consolidated', type: 'boolean' })
  billingConsolidated: boolean;

  @Column({ type: 'varchar', length: 50 })
  status: 'active' | 'inactive';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
