import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { SchedulingContext } from '../../context.js';
import { StudioRef } from '../../extends/Studio/studio.type.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { AppointmentType } from '../appointment/appointment.type.js';
import { ClassTypeType } from '../class-type/class-type.type.js';
import { OccurrencesArgs, ScheduleSeriesInput, UpdateSeriesInput } from './series.inputs.js';
import { cancelSeriesFrom, classTypeOfSeries, getSeries, occurrencesOf, scheduleSeries, seriesOf, splitFromOf, updateSeriesFrom } from './series.service.js';
import { SeriesType } from './series.type.js';

@Resolver(() => SeriesType)
export class SeriesResolver {
  @Query(() => SeriesType, { description: 'One recurring series. Errors: NOT_FOUND, BAD_USER_INPUT (malformed id).' })
  appointmentSeries(@Arg('id', () => ID) id: string, @Ctx() ctx: SchedulingContext): Promise<SeriesType> {
    return getSeries(ctx, id);
  }

  @Mutation(() => SeriesType, {
    description:
      'Schedules a recurring session (RFC 5545 RRULE in the studio’s zone); its occurrences up to 26 weeks ahead become sessions. A clash on any date refuses the whole series. Errors: BAD_USER_INPUT naming the field (rrule malformed or unsupported, over 500 occurrences, a time the clocks skip, no active contract), NOT_FOUND, FORBIDDEN, CONFLICT (extensions.clashes, each with its date).',
  })
  scheduleSeries(@Arg('input', () => ScheduleSeriesInput) input: ScheduleSeriesInput, @Ctx() ctx: SchedulingContext): Promise<SeriesType> {
    return scheduleSeries(ctx, input);
  }

  @Mutation(() => SeriesType, {
    description:
      'Changes a series from this occurrence on ("this and all following"): the series ends before it and a new series, returned, continues from it. Booked occurrences move with their bookings (the clients are told); the others are replaced. Errors: as scheduleSeries; CONFLICT when a booked day has no place in the new rule.',
  })
  updateSeriesFrom(
    @Arg('appointmentId', () => ID) appointmentId: string,
    @Arg('input', () => UpdateSeriesInput) input: UpdateSeriesInput,
    @Ctx() ctx: SchedulingContext,
  ): Promise<SeriesType> {
    return updateSeriesFrom(ctx, appointmentId, input);
  }

  @Mutation(() => SeriesType, {
    description:
      'Cancels this occurrence and every one after it, with their bookings (the clients are told). Errors: BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT.',
  })
  cancelSeriesFrom(
    @Arg('appointmentId', () => ID) appointmentId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: SchedulingContext,
  ): Promise<SeriesType> {
    return cancelSeriesFrom(ctx, appointmentId, reason);
  }

  @FieldResolver(() => [AppointmentType], { description: 'The occurrences (any status) starting in [from, to), UTC, by start.' })
  occurrences(@Root() series: SeriesType, @Args(() => OccurrencesArgs) args: OccurrencesArgs, @Ctx() ctx: SchedulingContext): Promise<AppointmentType[]> {
    return occurrencesOf(ctx, series, args);
  }

  @FieldResolver(() => ClassTypeType)
  classType(@Root() series: SeriesType, @Ctx() ctx: SchedulingContext): Promise<ClassTypeType> {
    return classTypeOfSeries(ctx, series);
  }

  @FieldResolver(() => TrainerRef)
  trainer(@Root() series: SeriesType): TrainerRef {
    return TrainerRef.of(series.trainerId);
  }

  @FieldResolver(() => StudioRef, { nullable: true, description: 'Null away from a studio.' })
  studio(@Root() series: SeriesType): StudioRef | null {
    return series.studioId ? StudioRef.of(series.studioId) : null;
  }

  @FieldResolver(() => SeriesType, { nullable: true, description: 'The series this one continues ("this and all following").' })
  splitFrom(@Root() series: SeriesType, @Ctx() ctx: SchedulingContext): Promise<SeriesType | null> {
    return splitFromOf(ctx, series);
  }
}

/** `Appointment.series`: the series an occurrence belongs to. */
@Resolver(() => AppointmentType)
export class AppointmentSeriesResolver {
  @FieldResolver(() => SeriesType, { nullable: true, description: 'The recurring series this session is an occurrence of; null for a one-off.' })
  series(@Root() appointment: AppointmentType, @Ctx() ctx: SchedulingContext): Promise<SeriesType | null> {
    return seriesOf(ctx, appointment);
  }
}
