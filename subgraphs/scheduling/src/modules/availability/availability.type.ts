import { DateTimeScalar, LocalDateScalar } from '@fitflow/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { StudioRef } from '../../extends/Studio/studio.type.js';

/** One weekly window of a trainer's availability at a studio, in the studio's wall-clock time. */
@ObjectType('AvailabilityWindow', {
  description: 'A weekly window when the trainer works at a studio, in the studio’s local time (it stays 07:00 local across daylight-saving changes).',
})
export class AvailabilityWindowType {
  @Field(() => ID) id: string;
  @Field(() => StudioRef) studio: StudioRef;
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' }) weekday: number;
  @Field(() => String, { description: 'Local start, "HH:MM".' }) startTime: string;
  @Field(() => String, { description: 'Local end, "HH:MM" ("24:00": midnight at the end of the day).' }) endTime: string;
  @Field(() => LocalDateScalar, { description: 'First day in force, in the studio’s calendar.' }) effectiveFrom: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day in force (inclusive); null: until changed.' }) effectiveUntil: string | null;
  @Field(() => String, { description: 'The studio’s IANA time zone the times are in, e.g. "America/Toronto".' }) timeZone: string;
}

/** A start time a session of a class type fits (availability, and nothing else on the trainer's calendar). */
@ObjectType('OpenSlot', {
  description: 'A time a session of the class type can start: inside availability, clear of every other session and the travel buffer.',
})
export class OpenSlotType {
  @Field(() => DateTimeScalar, { description: 'Start, UTC.' }) startTime: Date;
  @Field(() => DateTimeScalar, { description: 'End, UTC: start + the class type’s duration.' }) endTime: Date;
  @Field(() => String, { description: 'The studio’s IANA time zone.' }) timeZone: string;
  @Field(() => String, { description: 'Start in the studio’s local time, e.g. "2026-12-07T07:00".' }) localStart: string;
}
