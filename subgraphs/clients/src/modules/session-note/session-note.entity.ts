import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One exercise of a session: `weightKg` in kilograms, null for body-weight work. */
export interface ExerciseData {
  name: string;
  sets?: number | null;
  reps?: number | null;
  weightKg?: number | null;
  notes?: string | null;
}

/** Body measurements taken at a session: kilograms, percent, beats per minute, centimetres. */
export interface MeasurementsData {
  weightKg?: number | null;
  bodyFatPercent?: number | null;
  restingHeartRate?: number | null;
  waistCm?: number | null;
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

  /** When the note was signed (locked); null while it may still be changed. */
  @Column({ name: 'signed_at', type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  /** The trainer (studios' trainer id) who signed it. */
  @Column({ name: 'signed_by', type: 'uuid', nullable: true })
  signedBy: string | null;

  /** How many times the note was written (each write is kept in `session_note_versions`). */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * Row of `clients.session_note_versions`: one write of a note, the whole note as written, sealed with
 * the client's data key (AAD `clients.session_note_versions.<column>:<version id>`). Append-only; the
 * API shows only who wrote which version when.
 */
@Entity({ schema: 'clients', name: 'session_note_versions' })
export class SessionNoteVersionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'note_id', type: 'uuid' })
  noteId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  /** 1 for the first write, then one more for each. */
  @Column({ type: 'integer' })
  version: number;

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

  /** The trainer (studios' trainer id) who wrote this version. */
  @Column({ name: 'written_by', type: 'uuid' })
  writtenBy: string;

  @CreateDateColumn({ name: 'written_at', type: 'timestamptz' })
  writtenAt: Date;
}

/**
 * Row of `clients.session_note_addenda`: text added to a signed note, sealed with the client's data
 * key (AAD `clients.session_note_addenda.text:<addendum id>`). Append-only.
 */
@Entity({ schema: 'clients', name: 'session_note_addenda' })
export class SessionNoteAddendumEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'note_id', type: 'uuid' })
  noteId: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  @Column({ type: 'text' })
  text: string;

  /** The trainer (studios' trainer id) who added it. */
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** An addendum with its text opened (in memory only). */
export interface SessionNoteAddendumRecord {
  id: string;
  noteId: string;
  clientId: string;
  text: string;
  authorId: string;
  createdAt: Date;
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
  signedAt: Date | null;
  signedBy: string | null;
  version: number;
  createdAt: Date;
}
