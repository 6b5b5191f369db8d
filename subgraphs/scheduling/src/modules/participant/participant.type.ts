import { Field, ID, ObjectType } from 'type-graphql';
import type { ParticipantEntity } from './participant.entity.js';

/** A client booked into an appointment. */
@ObjectType('AppointmentParticipant', { description: 'A client booked into an appointment.' })
export class ParticipantType {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'confirmed, waitlisted or cancelled.' }) status: string;
  @Field(() => Boolean, { nullable: true, description: 'Whether the client came; null until the session has happened.' }) attended: boolean | null;
  @Field(() => String, { description: 'pending, paid or refunded.' }) paymentStatus: string;
  clientId: string;

  static from(e: ParticipantEntity): ParticipantType {
    return Object.assign(new ParticipantType(), { id: e.id, status: e.status, attended: e.attended, paymentStatus: e.paymentStatus, clientId: e.clientId });
  }
}
