import type { Connection } from '@fitflow/kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context.js';
import { StudioScheduleArgs } from '../appointment/appointment.args.js';
import { studioAppointments } from '../appointment/appointment.service.js';
import { AppointmentConnection, type AppointmentType } from '../appointment/appointment.type.js';
import { StudioRef } from './studio.type.js';

@Resolver(() => StudioRef)
export class StudioScheduleResolver {
  @FieldResolver(() => AppointmentConnection, {
    description: "The studio's schedule: sessions starting in [from, to) (UTC, at most 92 days), by start time. Errors: BAD_USER_INPUT.",
  })
  appointments(@Root() studio: StudioRef, @Args(() => StudioScheduleArgs) args: StudioScheduleArgs, @Ctx() ctx: SchedulingContext): Promise<Connection<AppointmentType>> {
    return studioAppointments(ctx, studio.id, args);
  }
}
