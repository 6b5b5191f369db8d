import { ConnectionType, DateTimeScalar, LocalDateScalar, type Connection } from '@fitflow/kit';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { SessionNoteAddendumRecord, SessionNoteRecord } from './session-note.entity.js';
import type { SessionNoteVersionMeta } from './session-note.repository.js';

@ObjectType('Exercise', { description: 'One exercise done in a session.' })
export class ExerciseType {
  @Field(() => String) name: string;
  @Field(() => Int, { nullable: true }) sets: number | null;
  @Field(() => Int, { nullable: true }) reps: number | null;
  @Field(() => Float, { nullable: true, description: 'Load in kilograms; null for body-weight work.' }) weightKg: number | null;
  @Field(() => String, { nullable: true }) notes: string | null;
}

@ObjectType('Measurements', { description: 'Body measurements taken at a session.' })
export class MeasurementsType {
  @Field(() => Float, { nullable: true, description: 'Body weight in kilograms.' }) weightKg: number | null;
  @Field(() => Float, { nullable: true, description: 'Body fat, percent.' }) bodyFatPercent: number | null;
  @Field(() => Int, { nullable: true, description: 'Resting heart rate, beats per minute.' }) restingHeartRate: number | null;
  @Field(() => Float, { nullable: true, description: 'Waist circumference, centimetres.' }) waistCm: number | null;
}

/** Text added to a signed note (PHI): the signed text stays as it was signed. */
@ObjectType('SessionNoteAddendum', { description: 'Text added to a signed session note; the signed text is kept as signed.' })
export class SessionNoteAddendumType {
  @Field(() => ID) id: string;
  @Field(() => String) text: string;
  @Field(() => DateTimeScalar) createdAt: Date;
  authorId: string;

  static from(record: SessionNoteAddendumRecord): SessionNoteAddendumType {
    return Object.assign(new SessionNoteAddendumType(), { id: record.id, text: record.text, createdAt: record.createdAt, authorId: record.authorId });
  }
}

/** One write of a note: who and when (the text of earlier versions stays sealed and is not served). */
@ObjectType('SessionNoteVersion', { description: 'One write of a session note: its number, who wrote it and when. Trainers only.' })
export class SessionNoteVersionType {
  @Field(() => Int, { description: '1 for the first write.' }) version: number;
  @Field(() => DateTimeScalar) writtenAt: Date;
  writtenBy: string;

  static from(meta: SessionNoteVersionMeta): SessionNoteVersionType {
    return Object.assign(new SessionNoteVersionType(), { version: meta.version, writtenAt: meta.writtenAt, writtenBy: meta.writtenBy });
  }
}

/**
 * SOAP documentation of one client at one appointment (PHI). `privateNotes` is resolved separately
 * (trainers only); the raw text is kept off the GraphQL fields.
 */
@ObjectType('SessionNote', { description: 'SOAP notes of one client at one session (PHI).' })
@Directive('@key(fields: "id")')
export class SessionNoteType {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar, { description: 'Local date of the session, YYYY-MM-DD.' }) sessionDate: string;
  @Field(() => String, { nullable: true, description: 'S: what the client reported.' }) subjective: string | null;
  @Field(() => String, { nullable: true, description: 'O: what the trainer observed.' }) objective: string | null;
  @Field(() => String, { nullable: true, description: "A: the trainer's assessment." }) assessment: string | null;
  @Field(() => String, { nullable: true, description: 'P: the plan from here.' }) plan: string | null;
  @Field(() => [ExerciseType]) exercises: ExerciseType[];
  @Field(() => MeasurementsType, { nullable: true }) measurements: MeasurementsType | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the note was signed; a signed note changes only by addenda.' })
  signedAt: Date | null;
  /** The trainer who signed it (`SessionNote.signedBy`). */
  signedById: string | null;
  clientId: string;
  trainerId: string;
  appointmentId: string;
  /** Trainer-only text; reaches the API only through `SessionNote.privateNotes`'s resolver. */
  privateNotesText: string | null;

  static from(entity: SessionNoteRecord): SessionNoteType {
    return Object.assign(new SessionNoteType(), {
      id: entity.id,
      sessionDate: entity.sessionDate,
      subjective: entity.subjective,
      objective: entity.objective,
      assessment: entity.assessment,
      plan: entity.plan,
      exercises: (entity.exercises ?? []).map((e) => ({
        name: e.name,
        sets: e.sets ?? null,
        reps: e.reps ?? null,
        weightKg: e.weightKg ?? null,
        notes: e.notes ?? null,
      })),
      measurements: entity.measurements
        ? {
            weightKg: entity.measurements.weightKg ?? null,
            bodyFatPercent: entity.measurements.bodyFatPercent ?? null,
            restingHeartRate: entity.measurements.restingHeartRate ?? null,
            waistCm: entity.measurements.waistCm ?? null,
          }
        : null,
      signedAt: entity.signedAt,
      signedById: entity.signedBy,
      clientId: entity.clientId,
      trainerId: entity.trainerId,
      appointmentId: entity.appointmentId,
      privateNotesText: entity.privateNotes,
    });
  }
}

export const SessionNoteConnection = ConnectionType(SessionNoteType, 'SessionNote');

/** A page of note rows as a page of `SessionNote`s. */
export function toSessionNoteConnection(page: Connection<SessionNoteRecord>): Connection<SessionNoteType> {
  return { pageInfo: page.pageInfo, edges: page.edges.map((e) => ({ cursor: e.cursor, node: SessionNoteType.from(e.node) })) };
}
