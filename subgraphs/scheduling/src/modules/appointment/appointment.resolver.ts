import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type Connection } from '@fitflow/kit';
import type { SchedulingContext } from '../../context.js';
import { ClassTypeType } from '../class-type/class-type.type.js';
import { ClientRef, StudioContractRef, StudioRef, TrainerRef } from '../federation/refs.type.js';
import { StudioScheduleArgs, TrainerScheduleArgs, UpcomingArgs } from './appointment.inputs.js';
import { appointmentPage, getAppointment } from './appointment.service.js';
import { AppointmentConnection, AppointmentType, ParticipantType } from './appointment.type.js';

@Resolver(() => AppointmentType)
export class AppointmentResolver {
  @Query(() => AppointmentType, { description: 'One appointment. Errors: NOT_FOUND, BAD_USER_INPUT (malformed id).' })
  appointment(@Arg('id', () => ID) id: string, @Ctx() ctx: SchedulingContext): Promise<AppointmentType> {
    return getAppointment(ctx, id);
  }

  @FieldResolver(() => String, { nullable: true, description: "The studio's IANA time zone, e.g. \"America/Toronto\"." })
  timeZone(@Root() a: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<string | null> | null {
    return a.studioId ? ctx.loaders.timeZoneOfStudio.load(a.studioId) : null;
  }

  @FieldResolver(() => ClassTypeType)
  async classType(@Root() a: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<ClassTypeType> {
    return ClassTypeType.from((await ctx.loaders.classTypeById.load(a.classTypeId))!);
  }

  @FieldResolver(() => TrainerRef)
  trainer(@Root() a: AppointmentType): TrainerRef {
    return Object.assign(new TrainerRef(), { id: a.trainerId });
  }

  @FieldResolver(() => StudioRef, { nullable: true, description: 'Null for online or at-home sessions.' })
  studio(@Root() a: AppointmentType): StudioRef | null {
    return a.studioId ? Object.assign(new StudioRef(), { id: a.studioId }) : null;
  }

  @FieldResolver(() => [ParticipantType])
  async participants(@Root() a: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<ParticipantType[]> {
    return (await ctx.loaders.participantsOf.load(a.id)).map(ParticipantType.from);
  }

  @FieldResolver(() => Int, { description: 'Confirmed participants (no identities).' })
  async headCount(@Root() a: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<number> {
    return (await ctx.loaders.participantsOf.load(a.id)).filter((p) => p.status === 'confirmed').length;
  }
}

@Resolver(() => ParticipantType)
export class ParticipantResolver {
  @FieldResolver(() => ClientRef)
  client(@Root() p: ParticipantType): ClientRef {
    return Object.assign(new ClientRef(), { id: p.clientId });
  }
}

@Resolver(() => StudioContractRef)
export class ContractScheduleResolver {
  @FieldResolver(() => AppointmentConnection, { description: "The trainer's upcoming scheduled sessions at this studio, soonest first." })
  upcomingAppointments(@Root() c: StudioContractRef, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: SchedulingContext): Promise<Connection<AppointmentType>> {
    return appointmentPage(ctx, { parent: 'contract', parentId: `${c.trainerId}:${c.studioId}`, upcomingOnly: true, first: args.first, after: args.after });
  }
}

@Resolver(() => StudioRef)
export class StudioScheduleResolver {
  @FieldResolver(() => AppointmentConnection, { description: "The studio's schedule in [from, to). Errors: BAD_USER_INPUT (window)." })
  appointments(@Root() s: StudioRef, @Args(() => StudioScheduleArgs) args: StudioScheduleArgs, @Ctx() ctx: SchedulingContext): Promise<Connection<AppointmentType>> {
    return appointmentPage(ctx, { parent: 'studio_id', parentId: s.id, from: args.from, to: args.to, trainerId: args.trainerId ?? undefined, first: args.first, after: args.after });
  }
}

@Resolver(() => TrainerRef)
export class TrainerScheduleResolver {
  @FieldResolver(() => AppointmentConnection, { description: "The trainer's sessions in [from, to), all studios. Errors: BAD_USER_INPUT (window)." })
  appointments(@Root() t: TrainerRef, @Args(() => TrainerScheduleArgs) args: TrainerScheduleArgs, @Ctx() ctx: SchedulingContext): Promise<Connection<AppointmentType>> {
    return appointmentPage(ctx, { parent: 'trainer_id', parentId: t.id, from: args.from, to: args.to, studioId: args.studioId ?? undefined, first: args.first, after: args.after });
  }

  @FieldResolver(() => [ClassTypeType], { description: 'Active class types the trainer offers.' })
  async classTypes(@Root() t: TrainerRef, @Ctx() ctx: SchedulingContext): Promise<ClassTypeType[]> {
    return (await ctx.loaders.classTypesOfTrainer.load(t.id)).map(ClassTypeType.from);
  }
}

@Resolver(() => ClientRef)
export class ClientScheduleResolver {
  @FieldResolver(() => [AppointmentType], { description: "The client's next scheduled sessions, soonest first." })
  async upcomingAppointments(@Root() c: ClientRef, @Args(() => UpcomingArgs) args: UpcomingArgs, @Ctx() ctx: SchedulingContext): Promise<AppointmentType[]> {
    const page = await appointmentPage(ctx, { parent: 'client_id', parentId: c.id, upcomingOnly: true, first: args.first });
    return page.edges.map((e) => e.node);
  }
}
