import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** `{ name, phone, relationship }` of the person to call in an emergency. */
export interface EmergencyContactData {
  name: string;
  phone: string;
  relationship: string;
}

/** Health information a trainer needs to program safely (PHI). */
export interface MedicalInfoData {
  conditions?: string[];
  medications?: string[];
  allergies?: string[];
}

export type ClientSourceValue = 'referral' | 'walk-in' | 'online';
export type ClientStatusValue = 'active' | 'inactive';

/** What a client has agreed to (not PHI; stored plain). */
export interface ConsentsData {
  marketingEmails?: boolean;
  progressPhotos?: boolean;
}

/** Columns of `clients.clients` sealed with the client's data key (docs/domain.md: encrypted fields). */
export const CLIENT_SEALED_COLUMNS = ['first_name', 'last_name', 'email', 'phone', 'date_of_birth', 'emergency_contact', 'medical_info', 'goals'] as const;

/**
 * Row of `clients.clients`: a trainer's client (CRM record with PHI). Columns docs/domain.md lists as
 * encrypted hold kit envelope ciphertext (text) sealed with the client's data key, AAD
 * `clients.<column>:<id>`; see {@link ClientRecord} for the opened values. `deletedAt` set means
 * soft-deleted, `erasedAt` crypto-shredded: such rows are never returned.
 */
@Entity({ schema: 'clients', name: 'clients' })
export class ClientEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** The client's primary trainer (a `studios.trainers` id; no foreign key across subgraphs). */
  @Column({ name: 'trainer_id', type: 'uuid' })
  trainerId: string;

  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** HMAC blind index of the email under the primary trainer's index key (exact lookup). */
  @Column({ name: 'email_index', type: 'varchar', length: 64, nullable: true })
  emailIndex: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'date_of_birth', type: 'text', nullable: true })
  dateOfBirth: string | null;

  @Column({ name: 'emergency_contact', type: 'text', nullable: true })
  emergencyContact: string | null;

  @Column({ name: 'medical_info', type: 'text' })
  medicalInfo: string;

  @Column({ type: 'text', nullable: true })
  goals: string | null;

  @Column({ type: 'jsonb' })
  preferences: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  consents: ConsentsData;

  @Column({ type: 'varchar', length: 100, nullable: true })
  source: ClientSourceValue | null;

  @Column({ type: 'varchar', length: 50 })
  status: ClientStatusValue;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;
}

/** A client row with its sealed columns opened (only ever held in memory). */
export interface ClientRecord {
  id: string;
  trainerId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  /** Local date `YYYY-MM-DD`. */
  dateOfBirth: string | null;
  emergencyContact: EmergencyContactData | null;
  medicalInfo: MedicalInfoData;
  goals: string | null;
  consents: ConsentsData;
  source: ClientSourceValue | null;
  status: ClientStatusValue;
  createdAt: Date;
  updatedAt: Date;
}
