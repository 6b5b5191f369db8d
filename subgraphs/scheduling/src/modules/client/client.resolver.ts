import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context.js';
import { ClientUpcomingArgs } from '../appointment/appointment.args.js';
import { clientUpcomingAppointments } from '../appointment/appointment.service.js';
import { AppointmentType } from '../appointment/appointment.type.js';
import { ClientRef } from './client.type.js';

@Resolver(() => ClientRef)
export class ClientUpcomingResolver {
  @FieldResolver(() => [AppointmentType], { description: "The client's next sessions (still scheduled, not started), soonest first." })
  upcomingAppointments(@Root() client: ClientRef, @Args(() => ClientUpcomingArgs) args: ClientUpcomingArgs, @Ctx() ctx: SchedulingContext): Promise<AppointmentType[]> {
    return clientUpcomingAppointments(ctx, client.id, args);
  }
}
