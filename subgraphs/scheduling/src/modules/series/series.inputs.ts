import { DateTimeScalar, MoneyScalar, type Decimal } from '@fitflow/kit';
import { Allow, IsDate, IsEnum, IsInt, IsOptional, IsString } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { AppointmentLocation } from '../appointment/appointment.inputs.js';

/*
 * Inputs of the series mutations. The decorators only admit each field (kit validates with a
 * whitelist); the checks a person can act on are the service's (series.service.ts), before any write.
 */

@InputType('ScheduleSeriesInput', { description: 'A recurring session. Its times are local wall-clock times in the series’ zone.' })
export class ScheduleSeriesInput {
  @Field(() => ID, { nullable: true, description: 'Whose series: your own by default; a Trainer Admin may schedule for their team.' })
  @IsOptional()
  @IsString()
  trainerId?: string | null;

  @Field(() => ID, { description: 'One of the trainer’s active class types.' })
  @IsString()
  classTypeId: string;

  @Field(() => AppointmentLocation)
  @IsEnum(AppointmentLocation)
  locationType: AppointmentLocation;

  @Field(() => ID, { nullable: true, description: 'Required exactly when locationType is STUDIO; the series then runs in the studio’s zone.' })
  @IsOptional()
  @IsString()
  studioId?: string | null;

  @Field(() => String, { nullable: true, description: 'An address or a meeting link, at most 500 characters.' })
  @IsOptional()
  @IsString()
  locationDetails?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'CAD per occurrence; by default the contract’s class rate for the category.' })
  @Allow()
  rate?: Decimal | null;

  @Field(() => String, { description: 'The first occurrence, local wall-clock time in the series’ zone, e.g. "2027-03-02T07:00".' })
  @IsString()
  firstStart: string;

  @Field(() => String, {
    nullable: true,
    description: 'IANA zone, e.g. "America/Toronto": only for a series away from a studio, where it is required (at a studio the studio’s zone is used).',
  })
  @IsOptional()
  @IsString()
  timeZone?: string | null;

  @Field(() => String, {
    description:
      'RFC 5545 RRULE value without DTSTART: FREQ=WEEKLY or DAILY, INTERVAL, BYDAY, WKST, and UNTIL (a date, that day included) or COUNT; at most 500 occurrences. E.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270630".',
  })
  @IsString()
  rrule: string;

  @Field(() => Int, { nullable: true, description: 'Minutes, 5 to 720; the class type’s duration by default.' })
  @IsOptional()
  @IsInt()
  durationMinutes?: number | null;
}

@InputType('UpdateSeriesInput', { description: 'What changes from one occurrence on ("this and all following"). Omitted fields stay as they are.' })
export class UpdateSeriesInput {
  @Field(() => String, { nullable: true, description: 'New local start time, "HH:MM", in the series’ zone (the new studio’s, when it moves).' })
  @IsOptional()
  @IsString()
  localStartTime?: string | null;

  @Field(() => Int, { nullable: true, description: 'Minutes, 5 to 720.' })
  @IsOptional()
  @IsInt()
  durationMinutes?: number | null;

  @Field(() => AppointmentLocation, { nullable: true })
  @IsOptional()
  @IsEnum(AppointmentLocation)
  locationType?: AppointmentLocation | null;

  @Field(() => ID, { nullable: true, description: 'Another studio (with an active contract on every date).' })
  @IsOptional()
  @IsString()
  studioId?: string | null;

  @Field(() => String, { nullable: true, description: 'An address or a meeting link; null clears it.' })
  @IsOptional()
  @IsString()
  locationDetails?: string | null;

  @Field(() => String, { nullable: true, description: 'A new RRULE for the rest of the series; its first occurrence is the first on or after this one’s day.' })
  @IsOptional()
  @IsString()
  rrule?: string | null;
}

/** `AppointmentSeries.occurrences` arguments: a window on start time, UTC; either bound may be left out. */
@ArgsType()
export class OccurrencesArgs {
  @Field(() => DateTimeScalar, { nullable: true, description: 'Earliest start (inclusive), UTC.' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Latest start (exclusive), UTC.' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}
