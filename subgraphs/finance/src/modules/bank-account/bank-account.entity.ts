import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Row of `finance.bank_accounts`: where a trainer is paid. The account, transit and institution
 * numbers are sealed (kit envelope ciphertext under the trainer's data key, see
 * protection/keys.ts) and never reach the API: `BankAccount` shows only `accountNumberLast4`.
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

  /** Sealed account number (ciphertext): secret, never exposed. */
  @Column({ name: 'account_number', type: 'text', nullable: true })
  accountNumber: string | null;

  /** Sealed five-digit branch transit number (ciphertext): secret, never exposed. */
  @Column({ name: 'transit_number', type: 'text', nullable: true })
  transitNumber: string | null;

  /** Sealed three-digit institution number (ciphertext): secret, never exposed. */
  @Column({ name: 'institution_number', type: 'text', nullable: true })
  institutionNumber: string | null;

  /** Last four digits of the account number, in clear for display ("•••• 6789"). */
  @Column({ name: 'account_number_last4', type: 'varchar', length: 4, nullable: true })
  accountNumberLast4: string | null;

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
