import type { Connection } from '@fitflow/kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context.js';
import { UpcomingArgs } from '../appointment/appointment.args.js';
import { contractUpcomingAppointments } from '../appointment/appointment.service.js';
import { AppointmentConnection, type AppointmentType } from '../appointment/appointment.type.js';
import { StudioContractRef } from './contract.type.js';

@Resolver(() => StudioContractRef)
export class ContractUpcomingResolver {
  @FieldResolver(() => AppointmentConnection, {
    description: "The trainer's sessions at this studio that are still scheduled and have not started, soonest first. Errors: BAD_USER_INPUT (cursor).",
  })
  upcomingAppointments(@Root() contract: StudioContractRef, @Args(() => UpcomingArgs) args: UpcomingArgs, @Ctx() ctx: SchedulingContext): Promise<Connection<AppointmentType>> {
    return contractUpcomingAppointments(ctx, contract, args);
  }
}
