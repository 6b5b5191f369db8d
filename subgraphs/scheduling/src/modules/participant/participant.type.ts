import { DateTimeScalar, RequiresScopes } from '@fitflow/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import type { ParticipantEntity } from './participant.entity.js';

/** A client booked into an appointment: confirmed, on the waitlist, or cancelled. */
@ObjectType('AppointmentParticipant', { description: 'A client booked into an appointment: confirmed, on the waitlist, or cancelled.' })
export class ParticipantType {
  @RequiresScopes('bookings:write', 'clients:read')
  @Field(() => ID, { description: 'The booking id (what cancelBooking takes).' })
  id: string;
  @RequiresScopes('bookings:write', 'clients:read')
  @Field(() => String, { description: 'confirmed, waitlisted or cancelled.' })
  status: string;
  @RequiresScopes('bookings:write', 'clients:read')
  @Field(() => Boolean, { nullable: true, description: 'Whether the client came; null until attendance is taken.' })
  attended: boolean | null;
  @RequiresScopes('bookings:write', 'clients:read')
  @Field(() => String, { description: 'pending, paid or refunded.' })
  paymentStatus: string;
  @Field(() => DateTimeScalar, { description: 'When the booking was made, UTC (a cancelled booking booked again: when it was booked again).' })
  @RequiresScopes('bookings:write', 'clients:read')
  bookedAt: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the booking was cancelled, UTC; null unless cancelled.' })
  @RequiresScopes('bookings:write', 'clients:read')
  cancelledAt: Date | null;
  @Field(() => Boolean, {
    description:
      "Cancelled inside the class type's cancellation window before the start (12 hours unless the trainer set another), while confirmed: the studio contract may bill it.",
  })
  @RequiresScopes('bookings:write', 'clients:read')
  lateCancellation: boolean;
  clientId: string;
  appointmentId: string;

  static from(e: ParticipantEntity): ParticipantType {
    return Object.assign(new ParticipantType(), {
      id: e.id,
      status: e.status,
      attended: e.attended,
      paymentStatus: e.paymentStatus,
      bookedAt: e.bookedAt,
      cancelledAt: e.cancelledAt,
      lateCancellation: e.lateCancellation,
      clientId: e.clientId,
      appointmentId: e.appointmentId,
    });
  }
}
