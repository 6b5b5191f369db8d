import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Row of `finance.bank_accounts`: where a trainer is paid. The account, transit and institution
 * numbers are plain text for now (seed 004 marks them "Encrypted"; a later issue seals them) and never
 * reach the API: `BankAccount` shows only the last four digits of the account number.
 */
@Entity({ schema: 'finance', name: 'bank_accounts' })
export class BankAccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'trainer_id', type: 'uuid' })
  trainerId: string;

  @Column({ name: 'account_name', type: 'varchar', length: 255 })
  accountName: string;

  @Column({ name: 'bank_name', type: 'varchar', length: 255 })
  bankName: string;

  /** Full account number: secret, never exposed. */
  @Column({ name: 'account_number', type: 'varchar', length: 50, nullable: true })
  accountNumber: string | null;

  /** Five-digit branch transit number: secret, never exposed. */
  @Column({ name: 'transit_number', type: 'varchar', length: 50, nullable: true })
  transitNumber: string | null;

  /** Three-digit institution number: secret, never exposed. */
  @Column({ name: 'institution_number', type: 'varchar', length: 50, nullable: true })
  institutionNumber: string | null;

  @Column({ name: 'account_type', type: 'varchar', length: 50, nullable: true })
  accountType: 'checking' | 'savings' | null;

  /** ISO 4217 code; always "CAD" for now. */
  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ name: 'is_primary', type: 'boolean' })
  isPrimary: boolean;

  @Column({ type: 'varchar', length: 50 })
  status: 'active' | 'inactive';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
