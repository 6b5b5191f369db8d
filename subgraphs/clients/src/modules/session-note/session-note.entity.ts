import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One exercise of a session: `weightKg` in kilograms, null for body-weight work. */
export interface ExerciseData {
  name: string;
  sets?: number | null;
  reps?: number | null;
  weightKg?: number | null;
  notes?: string | null;
}

/** Body measurements taken at a session: kilograms and percent. */
export interface MeasurementsData {
  weightKg?: number | null;
  bodyFatPercent?: number | null;
}

/**
 * Row of `clients.session_notes`: SOAP documentation of one client at one appointment (PHI). The
 * clinical columns hold kit envelope ciphertext sealed with the *client's* data key (AAD
 * `clients.<column>:<note id>`); see {@link SessionNoteRecord}. `private_notes` is for trainers only
 * and must never reach the client.
 */
@Entity({ schema: 'clients', name: 'session_notes' })
export class SessionNoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** A `scheduling.appointments` id (no foreign key across subgraphs). */
  @Column({ name: 'appointment_id', type: 'uuid' })
  appointmentId: string;

  /** The trainer who wrote the note. */
  @Column({ name: 'trainer_id', type: 'uuid' })
  trainerId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  /** Local date of the session `YYYY-MM-DD` (the studio's time zone). */
  @Column({ name: 'session_date', type: 'date' })
  sessionDate: string;

  @Column({ type: 'text', nullable: true })
  subjective: string | null;

  @Column({ type: 'text', nullable: true })
  objective: string | null;

  @Column({ type: 'text', nullable: true })
  assessment: string | null;

  @Column({ type: 'text', nullable: true })
  plan: string | null;

  @Column({ type: 'text', nullable: true })
  exercises: string | null;

  @Column({ type: 'text', nullable: true })
  measurements: string | null;

  @Column({ name: 'private_notes', type: 'text', nullable: true })
  privateNotes: string | null;

  @Column({ name: 'ai_summary', type: 'text', nullable: true })
  aiSummary: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A session note with its sealed columns opened (in memory only). */
export interface SessionNoteRecord {
  id: string;
  appointmentId: string;
  trainerId: string;
  clientId: string;
  sessionDate: string;
  subjective: string | null;
  objective: string | null;
  assessment: string | null;
  plan: string | null;
  exercises: ExerciseData[];
  measurements: MeasurementsData | null;
  /** Null unless the caller acts as a trainer (never opened for a client). */
  privateNotes: string | null;
  aiSummary: string | null;
  createdAt: Date;
}
