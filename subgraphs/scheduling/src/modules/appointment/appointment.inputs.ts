import { DateTimeScalar, MoneyScalar, type Decimal } from '@fitflow/kit';
import { Allow, IsDate, IsEnum, IsInt, IsOptional, IsString } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

/*
 * Inputs of the session mutations. The decorators only admit each field (kit validates with a
 * whitelist); the checks that need words a person can act on (duration, place, contract, clashes) are
 * the service's (appointment.planning.ts), before any write.
 */

/** Where a session takes place. Internal values are the database's `location_type`. */
export enum AppointmentLocation {
  STUDIO = 'studio',
  ONLINE = 'online',
  CLIENT_LOCATION = 'client-location',
}
registerEnumType(AppointmentLocation, {
  name: 'AppointmentLocation',
  description: 'Where a session takes place: at a studio (studioId), online (a meeting link) or at the client’s location (an address).',
});

@InputType('ScheduleAppointmentInput', { description: 'A one-off session. Times are UTC.' })
export class ScheduleAppointmentInput {
  @Field(() => ID, { nullable: true, description: 'Whose session: your own by default; a Trainer Admin may schedule for their team.' })
  @IsOptional()
  @IsString()
  trainerId?: string | null;

  @Field(() => ID, { description: 'One of the trainer’s active class types.' })
  @IsString()
  classTypeId: string;

  @Field(() => DateTimeScalar, { description: 'Start, UTC; not in the past.' })
  @IsDate()
  startTime: Date;

  @Field(() => Int, { nullable: true, description: 'Minutes, 5 to 720; the class type’s duration by default.' })
  @IsOptional()
  @IsInt()
  durationMinutes?: number | null;

  @Field(() => AppointmentLocation)
  @IsEnum(AppointmentLocation)
  locationType: AppointmentLocation;

  @Field(() => ID, {
    nullable: true,
    description: 'The studio: required exactly when locationType is STUDIO; the trainer needs an active contract with it that day.',
  })
  @IsOptional()
  @IsString()
  studioId?: string | null;

  @Field(() => String, { nullable: true, description: 'An address or a meeting link, at most 500 characters.' })
  @IsOptional()
  @IsString()
  locationDetails?: string | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'CAD the studio pays for the session: by default the contract’s class rate for the class type’s category (none away from a studio).',
  })
  @Allow()
  rate?: Decimal | null;
}

@InputType('RescheduleAppointmentInput', { description: 'A new time (and place) for a scheduled session. Omitted fields stay as they are.' })
export class RescheduleAppointmentInput {
  @Field(() => DateTimeScalar, { description: 'New start, UTC; not in the past.' })
  @IsDate()
  startTime: Date;

  @Field(() => Int, { nullable: true, description: 'Minutes, 5 to 720; the current duration by default.' })
  @IsOptional()
  @IsInt()
  durationMinutes?: number | null;

  @Field(() => AppointmentLocation, { nullable: true, description: 'Where, if it changes.' })
  @IsOptional()
  @IsEnum(AppointmentLocation)
  locationType?: AppointmentLocation | null;

  @Field(() => ID, { nullable: true, description: 'Another studio (with an active contract that day); the current one by default when staying at a studio.' })
  @IsOptional()
  @IsString()
  studioId?: string | null;

  @Field(() => String, { nullable: true, description: 'An address or a meeting link, at most 500 characters; null clears it.' })
  @IsOptional()
  @IsString()
  locationDetails?: string | null;
}
