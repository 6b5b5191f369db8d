import { RequiresScopes, type Connection } from '@fitflow/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context.js';
import { ClientRef } from '../../extends/Client/client.type.js';
import { StudioRef } from '../../extends/Studio/studio.type.js';
import { StudioContractRef } from '../../extends/StudioContract/studio-contract.type.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { ClientUpcomingArgs, StudioScheduleArgs, TrainerScheduleArgs, UpcomingArgs } from './appointment.args.js';
import { cancelAppointment, completeAppointment, markAppointmentNoShow, rescheduleAppointment, scheduleAppointment } from './appointment.commands.js';
import { RescheduleAppointmentInput, ScheduleAppointmentInput } from './appointment.inputs.js';
import {
  appointmentTimeZone,
  clientUpcomingAppointments,
  contractUpcomingAppointments,
  getAppointment,
  studioAppointments,
  trainerAppointments,
} from './appointment.service.js';
import { AppointmentConnection, AppointmentType } from './appointment.type.js';

@Resolver(() => AppointmentType)
export class AppointmentResolver {
  @Query(() => AppointmentType, { description: 'One appointment. Errors: NOT_FOUND, BAD_USER_INPUT (malformed id).' })
  @RequiresScopes('schedule:read')
  appointment(@Arg('id', () => ID) id: string, @Ctx() ctx: SchedulingContext): Promise<AppointmentType> {
    return getAppointment(ctx, id);
  }

  @Mutation(() => AppointmentType, {
    description:
      'Schedules a one-off session (your own, or a team member’s for a Trainer Admin). Errors: BAD_USER_INPUT naming the field (time passed, duration outside 5 min–12 h, place, no active contract with the studio that day), NOT_FOUND (class type or studio), FORBIDDEN, CONFLICT (the trainer already has a session then, at any studio, or within their travel buffer: extensions.clashes).',
  })
  scheduleAppointment(@Arg('input', () => ScheduleAppointmentInput) input: ScheduleAppointmentInput, @Ctx() ctx: SchedulingContext): Promise<AppointmentType> {
    return scheduleAppointment(ctx, input);
  }

  @Mutation(() => AppointmentType, {
    description:
      'Moves a scheduled session; the clients booked are told. An occurrence of a series stays in its series. Errors: as scheduleAppointment; CONFLICT when the session is not scheduled.',
  })
  rescheduleAppointment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => RescheduleAppointmentInput) input: RescheduleAppointmentInput,
    @Ctx() ctx: SchedulingContext,
  ): Promise<AppointmentType> {
    return rescheduleAppointment(ctx, id, input);
  }

  @Mutation(() => AppointmentType, {
    description:
      'Cancels a scheduled session and every booking on it; the clients booked are told. Errors: BAD_USER_INPUT (reason), NOT_FOUND, CONFLICT (not scheduled).',
  })
  cancelAppointment(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: SchedulingContext): Promise<AppointmentType> {
    return cancelAppointment(ctx, id, reason);
  }

  @Mutation(() => AppointmentType, {
    description: 'Marks a session completed once it has ended and attendance is taken. Errors: NOT_FOUND, CONFLICT saying what to do first.',
  })
  completeAppointment(@Arg('id', () => ID) id: string, @Ctx() ctx: SchedulingContext): Promise<AppointmentType> {
    return completeAppointment(ctx, id);
  }

  @Mutation(() => AppointmentType, { description: 'Marks a scheduled session a no-show once it has started. Errors: NOT_FOUND, CONFLICT.' })
  markAppointmentNoShow(@Arg('id', () => ID) id: string, @Ctx() ctx: SchedulingContext): Promise<AppointmentType> {
    return markAppointmentNoShow(ctx, id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'IANA time zone of the studio, e.g. "America/Toronto"; null when not at a studio.' })
  @RequiresScopes('schedule:read')
  timeZone(@Root() appointment: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<string | null> {
    return appointmentTimeZone(ctx, appointment);
  }

  @FieldResolver(() => TrainerRef)
  @RequiresScopes('schedule:read')
  trainer(@Root() appointment: AppointmentType): TrainerRef {
    return TrainerRef.of(appointment.trainerId);
  }

  @FieldResolver(() => StudioRef, { nullable: true, description: 'Null for online and at-the-client sessions.' })
  @RequiresScopes('schedule:read')
  studio(@Root() appointment: AppointmentType): StudioRef | null {
    return appointment.studioId ? StudioRef.of(appointment.studioId) : null;
  }
}

/** `Trainer.appointments`: the trainer's schedule (appointment data; the stub is in extends/Trainer). */
@Resolver(() => TrainerRef)
export class TrainerAppointmentsResolver {
  @FieldResolver(() => AppointmentConnection, {
    description:
      "The trainer's schedule: sessions starting in [from, to) (UTC, at most 92 days), by start time. A trainer lists their own, a trainer admin also their team's, a studio admin only sees sessions at their studios. Errors: BAD_USER_INPUT, FORBIDDEN (a trainer outside your team).",
  })
  @RequiresScopes('schedule:read')
  appointments(
    @Root() trainer: TrainerRef,
    @Args(() => TrainerScheduleArgs) args: TrainerScheduleArgs,
    @Ctx() ctx: SchedulingContext,
  ): Promise<Connection<AppointmentType>> {
    return trainerAppointments(ctx, trainer.id, args);
  }
}

/** `Studio.appointments`: the studio's schedule (the stub is in extends/Studio). */
@Resolver(() => StudioRef)
export class StudioAppointmentsResolver {
  @FieldResolver(() => AppointmentConnection, {
    description: "The studio's schedule: sessions starting in [from, to) (UTC, at most 92 days), by start time. Errors: BAD_USER_INPUT.",
  })
  @RequiresScopes('schedule:read')
  appointments(
    @Root() studio: StudioRef,
    @Args(() => StudioScheduleArgs) args: StudioScheduleArgs,
    @Ctx() ctx: SchedulingContext,
  ): Promise<Connection<AppointmentType>> {
    return studioAppointments(ctx, studio.id, args);
  }
}

/** `StudioContract.upcomingAppointments` (the stub is in extends/StudioContract). */
@Resolver(() => StudioContractRef)
export class StudioContractAppointmentsResolver {
  @FieldResolver(() => AppointmentConnection, {
    description: "The trainer's sessions at this studio that are still scheduled and have not started, soonest first. Errors: BAD_USER_INPUT (cursor).",
  })
  upcomingAppointments(
    @Root() contract: StudioContractRef,
    @Args(() => UpcomingArgs) args: UpcomingArgs,
    @Ctx() ctx: SchedulingContext,
  ): Promise<Connection<AppointmentType>> {
    return contractUpcomingAppointments(ctx, contract, args);
  }
}

/** `Client.upcomingAppointments` (the stub is in extends/Client). */
@Resolver(() => ClientRef)
export class ClientAppointmentsResolver {
  @FieldResolver(() => [AppointmentType], { description: "The client's next sessions (still scheduled, not started), soonest first." })
  @RequiresScopes('clients:read')
  upcomingAppointments(
    @Root() client: ClientRef,
    @Args(() => ClientUpcomingArgs) args: ClientUpcomingArgs,
    @Ctx() ctx: SchedulingContext,
  ): Promise<AppointmentType[]> {
    return clientUpcomingAppointments(ctx, client.id, args);
  }
}
