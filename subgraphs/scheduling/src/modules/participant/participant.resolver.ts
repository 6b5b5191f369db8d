import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context.js';
import { ClientRef } from '../../extends/Client/client.type.js';
import { AppointmentType } from '../appointment/appointment.type.js';
import { headCountOf, participantsOf } from './participant.service.js';
import { ParticipantType } from './participant.type.js';

@Resolver(() => ParticipantType)
export class ParticipantResolver {
  @FieldResolver(() => ClientRef, { description: 'The client booked (resolved by the clients subgraph, which checks the caller may see them).' })
  client(@Root() participant: ParticipantType): ClientRef {
    return ClientRef.of(participant.clientId);
  }
}

/** `Appointment.participants` and `Appointment.headCount`: participant data on the appointment. */
@Resolver(() => AppointmentType)
export class AppointmentParticipantsResolver {
  @FieldResolver(() => [ParticipantType], {
    description:
      "Who is booked, in booking order (cancelled bookings included), as far as the caller may see: the session's trainer (own or team) and super admins see everyone, a client only their own booking, a studio admin nobody (use headCount).",
  })
  participants(@Root() appointment: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<ParticipantType[]> {
    return participantsOf(ctx, appointment);
  }

  @FieldResolver(() => Int, { description: 'Confirmed participants (waitlisted and cancelled bookings do not count).' })
  headCount(@Root() appointment: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<number> {
    return headCountOf(ctx, appointment);
  }
}
