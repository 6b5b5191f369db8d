import type { Connection } from '@fitflow/kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context.js';
import { TrainerScheduleArgs } from '../appointment/appointment.args.js';
import { trainerAppointments } from '../appointment/appointment.service.js';
import { AppointmentConnection, type AppointmentType } from '../appointment/appointment.type.js';
import { classTypesOfTrainer } from '../class-type/class-type.service.js';
import { ClassTypeType } from '../class-type/class-type.type.js';
import { TrainerRef } from './trainer.type.js';

@Resolver(() => TrainerRef)
export class TrainerScheduleResolver {
  @FieldResolver(() => AppointmentConnection, {
    description: "The trainer's schedule: sessions starting in [from, to) (UTC, at most 92 days), by start time. A trainer lists their own, a trainer admin also their team's, a studio admin only sees sessions at their studios. Errors: BAD_USER_INPUT, FORBIDDEN (a trainer outside your team).",
  })
  appointments(@Root() trainer: TrainerRef, @Args(() => TrainerScheduleArgs) args: TrainerScheduleArgs, @Ctx() ctx: SchedulingContext): Promise<Connection<AppointmentType>> {
    return trainerAppointments(ctx, trainer.id, args);
  }

  @FieldResolver(() => [ClassTypeType], { description: 'Kinds of session the trainer offers (active ones), by category then name.' })
  classTypes(@Root() trainer: TrainerRef, @Ctx() ctx: SchedulingContext): Promise<ClassTypeType[]> {
    return classTypesOfTrainer(ctx, trainer.id);
  }
}
