import { LocalDateScalar } from '@fitflow/kit';
import { ArrayMaxSize, IsArray, IsDefined, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LOCAL_END_TIME, LOCAL_TIME } from './availability.slots.js';
import { MAX_WINDOWS } from './availability.windows.js';

/** One weekly window, in the studio's local time. */
@InputType('AvailabilityWindowInput')
export class AvailabilityWindowInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  @IsInt()
  @Min(1, { message: 'weekday must be 1 (Monday) to 7 (Sunday)' })
  @Max(7, { message: 'weekday must be 1 (Monday) to 7 (Sunday)' })
  weekday: number;

  @Field(() => String, { description: 'Local start, "HH:MM" (00:00 to 23:59).' })
  @Matches(LOCAL_TIME, { message: 'startTime must be a local time written HH:MM, from 00:00 to 23:59, e.g. "07:00"' })
  startTime: string;

  @Field(() => String, { description: 'Local end, "HH:MM" after startTime ("24:00": until midnight).' })
  @Matches(LOCAL_END_TIME, { message: 'endTime must be a local time written HH:MM, from 00:01 to 24:00, e.g. "12:00"' })
  endTime: string;
}

/** A trainer's weekly windows at one studio from a day on: they replace what was set for those days. */
@InputType('SetAvailabilityInput')
export class SetAvailabilityInput {
  @Field(() => ID, { nullable: true, description: 'Whose availability: yours by default; a Trainer Admin may name a trainer of their team.' })
  @IsOptional()
  @IsUUID('all', { message: 'trainerId must be a UUID' })
  trainerId?: string | null;

  @Field(() => ID, { description: 'A studio the trainer has a contract with (active, or starting later).' })
  @IsUUID('all', { message: 'studioId must be a UUID' })
  studioId: string;

  @Field(() => LocalDateScalar, { description: 'First day these windows are in force, in the studio’s calendar: today or later.' })
  @IsDefined()
  effectiveFrom: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day (inclusive); leave it out for "until changed".' })
  @IsOptional()
  effectiveUntil?: string | null;

  @Field(() => [AvailabilityWindowInput], {
    description: `At most ${MAX_WINDOWS}; none overlapping on one weekday. An empty list: not available there in that period.`,
  })
  @IsArray()
  @ArrayMaxSize(MAX_WINDOWS, { message: `windows must hold at most ${MAX_WINDOWS} windows` })
  @ValidateNested({ each: true })
  windows: AvailabilityWindowInput[];
}
