import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

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

/**
 * Row of `clients.clients`: a trainer's client (CRM record with PHI). Columns seed 004 marks
 * "Encrypted" are plain for now. `deletedAt` set means soft-deleted: such rows are never returned.
 */
@Entity({ schema: 'clients', name: 'clients' })
export class ClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The client's primary trainer (a `studios.trainers` id; no foreign key across subgraphs). */
  @Column({ name: 'trainer_id', type: 'uuid' })
  trainerId: string;

  @Column({ name: 'first_name', type: 'varchar', length: 100 })
  firstName: string;

  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  phone: string | null;

  /** Local date `YYYY-MM-DD`. */
  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Column({ name: 'emergency_contact', type: 'jsonb', nullable: true })
  emergencyContact: EmergencyContactData | null;

  @Column({ name: 'medical_info', type: 'jsonb' })
  medicalInfo: MedicalInfoData;

  @Column({ type: 'text', nullable: true })
  goals: string | null;

  @Column({ type: 'jsonb' })
  preferences: Record<string, unknown>;

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
}
