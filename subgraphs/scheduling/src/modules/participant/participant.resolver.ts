import { RequiresScopes } from '@fitflow/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context.js';
import { ClientRef } from '../../extends/Client/client.type.js';
import { AppointmentType } from '../appointment/appointment.type.js';
import { BookableClassesArgs } from './participant.args.js';
import { AttendanceInput } from './participant.inputs.js';
import {
  bookableClasses,
  bookClient,
  cancelBooking,
  capacityOf,
  headCountOf,
  markAttendance,
  participantsOf,
  placesLeftOf,
  waitlistCountOf,
  waitlistPositionOf,
} from './participant.service.js';
import { ParticipantType } from './participant.type.js';

@Resolver(() => ParticipantType)
export class ParticipantResolver {
  @FieldResolver(() => ClientRef, { description: 'The client booked (resolved by the clients subgraph, which checks the caller may see them).' })
  @RequiresScopes('clients:read')
  client(@Root() participant: ParticipantType): ClientRef {
    return ClientRef.of(participant.clientId);
  }

  @FieldResolver(() => Int, { nullable: true, description: "Rank in the session's waitlist (1 = next in); null unless waitlisted." })
  @RequiresScopes('bookings:write', 'clients:read')
  waitlistPosition(@Root() participant: ParticipantType, @Ctx() ctx: SchedulingContext): Promise<number | null> | null {
    return waitlistPositionOf(ctx, participant);
  }

  @Mutation(() => ParticipantType, {
    description:
      "Books a client into a session: confirmed while places are left, otherwise waitlisted at the end of the waitlist (never over capacity). The session's trainer (own or team) books their clients; a client books themself into a group session of their trainer. Errors: NOT_FOUND (session or client), CONFLICT (already booked, confirmed into an overlapping session, session not open for booking), FORBIDDEN, BAD_USER_INPUT.",
  })
  @RequiresScopes('bookings:write')
  bookClient(
    @Arg('appointmentId', () => ID) appointmentId: string,
    @Arg('clientId', () => ID) clientId: string,
    @Ctx() ctx: SchedulingContext,
  ): Promise<ParticipantType> {
    return bookClient(ctx, appointmentId, clientId);
  }

  @Mutation(() => ParticipantType, {
    description:
      "Cancels a booking (id: the AppointmentParticipant id). Late when inside the class type's cancellation window; a confirmed cancellation promotes the first waitlisted client. The session's trainer (own or team) or the client themself. Errors: NOT_FOUND, CONFLICT (already cancelled, session started or no longer scheduled), BAD_USER_INPUT.",
  })
  @RequiresScopes('bookings:write')
  cancelBooking(@Arg('id', () => ID) id: string, @Ctx() ctx: SchedulingContext): Promise<ParticipantType> {
    return cancelBooking(ctx, id);
  }

  @Mutation(() => [ParticipantType], {
    description:
      "Records who of the session's confirmed participants attended (at most 200 at once), once it has started; also after it was completed, to correct a mistake. The session's trainer (own or team). Errors: BAD_USER_INPUT (a client who is not a confirmed participant, named), NOT_FOUND, CONFLICT (not started, cancelled).",
  })
  markAttendance(
    @Arg('appointmentId', () => ID) appointmentId: string,
    @Arg('attendance', () => [AttendanceInput]) attendance: AttendanceInput[],
    @Ctx() ctx: SchedulingContext,
  ): Promise<ParticipantType[]> {
    return markAttendance(ctx, appointmentId, attendance);
  }
}

/** Booking data on the appointment (`participants`, `headCount`, `capacity`, `placesLeft`, `waitlistCount`) and the sessions a client may book. */
@Resolver(() => AppointmentType)
export class AppointmentParticipantsResolver {
  @FieldResolver(() => [ParticipantType], {
    description:
      "Who is booked, in booking order (waitlisted and cancelled bookings included), as far as the caller may see: the session's trainer (own or team) and super admins see everyone, a client only their own booking, a studio admin nobody (use headCount).",
  })
  @RequiresScopes('clients:read')
  participants(@Root() appointment: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<ParticipantType[]> {
    return participantsOf(ctx, appointment);
  }

  @FieldResolver(() => Int, { description: 'Confirmed participants (waitlisted and cancelled bookings do not count).' })
  @RequiresScopes('schedule:read')
  headCount(@Root() appointment: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<number> {
    return headCountOf(ctx, appointment);
  }

  @FieldResolver(() => Int, { description: "How many may be confirmed: the class type's maximum participants." })
  @RequiresScopes('schedule:read')
  capacity(@Root() appointment: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<number> {
    return capacityOf(ctx, appointment);
  }

  @FieldResolver(() => Int, { description: 'Places not yet confirmed (0 when full: a new booking joins the waitlist).' })
  @RequiresScopes('schedule:read')
  placesLeft(@Root() appointment: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<number> {
    return placesLeftOf(ctx, appointment);
  }

  @FieldResolver(() => Int, { description: 'Bookings waiting for a place.' })
  @RequiresScopes('schedule:read')
  waitlistCount(@Root() appointment: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<number> {
    return waitlistCountOf(ctx, appointment);
  }

  @Query(() => [AppointmentType], {
    description:
      "For a signed-in client: their trainer's group sessions they may book, still scheduled and starting in [from, to) (UTC, from now on, at most 62 days), by start time; full ones included (placesLeft 0: booking joins the waitlist). Errors: FORBIDDEN (not a client), BAD_USER_INPUT.",
  })
  bookableClasses(@Args(() => BookableClassesArgs) args: BookableClassesArgs, @Ctx() ctx: SchedulingContext): Promise<AppointmentType[]> {
    return bookableClasses(ctx, args);
  }
}
