import { ConnectionType, LocalDateScalar, type Connection } from '@fitflow/kit';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { SessionNoteRecord } from './session-note.entity.js';

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
      measurements: entity.measurements ? { weightKg: entity.measurements.weightKg ?? null, bodyFatPercent: entity.measurements.bodyFatPercent ?? null } : null,
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
