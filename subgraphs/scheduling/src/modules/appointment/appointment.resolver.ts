import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context.js';
import { classTypeOf } from '../class-type/class-type.service.js';
import { ClassTypeType } from '../class-type/class-type.type.js';
import { headCountOf, participantsOf } from '../participant/participant.service.js';
import { ParticipantType } from '../participant/participant.type.js';
import { StudioRef } from '../studio/studio.type.js';
import { TrainerRef } from '../trainer/trainer.type.js';
import { appointmentTimeZone, getAppointment } from './appointment.service.js';
import { AppointmentType } from './appointment.type.js';

@Resolver(() => AppointmentType)
export class AppointmentResolver {
  @Query(() => AppointmentType, { description: 'One appointment. Errors: NOT_FOUND, BAD_USER_INPUT (malformed id).' })
  appointment(@Arg('id', () => ID) id: string, @Ctx() ctx: SchedulingContext): Promise<AppointmentType> {
    return getAppointment(ctx, id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'IANA time zone of the studio, e.g. "America/Toronto"; null when not at a studio.' })
  timeZone(@Root() appointment: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<string | null> {
    return appointmentTimeZone(ctx, appointment);
  }

  @FieldResolver(() => ClassTypeType)
  classType(@Root() appointment: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<ClassTypeType> {
    return classTypeOf(ctx, appointment);
  }

  @FieldResolver(() => TrainerRef)
  trainer(@Root() appointment: AppointmentType): TrainerRef {
    return TrainerRef.of(appointment.trainerId);
  }

  @FieldResolver(() => StudioRef, { nullable: true, description: 'Null for online and at-the-client sessions.' })
  studio(@Root() appointment: AppointmentType): StudioRef | null {
    return appointment.studioId ? StudioRef.of(appointment.studioId) : null;
  }

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
