import { DateTimeScalar, MoneyScalar, type Decimal } from '@fitflow/kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { SeriesEntity } from './series.entity.js';

/** Where a series stands. */
export enum SeriesStatus {
  ACTIVE = 'active',
  ENDED = 'ended',
  CANCELLED = 'cancelled',
}
registerEnumType(SeriesStatus, {
  name: 'AppointmentSeriesStatus',
  description: 'ACTIVE: occurrences ahead; ENDED: cut short by "this and all following" (a new series continues it); CANCELLED: none left.',
});

/** A recurring session: an RFC 5545 RRULE expanded in an IANA zone; its occurrences are appointments. */
@ObjectType('AppointmentSeries', {
  description: 'A recurring session (RFC 5545 RRULE, expanded in `timeZone`, so 07:00 stays 07:00 local across daylight-saving changes).',
})
export class SeriesType {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'The RRULE value without DTSTART, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270630".' }) rrule: string;
  @Field(() => String, { description: 'IANA zone the rule runs in: the studio’s, or the one given for a series elsewhere.' }) timeZone: string;
  @Field(() => String, { description: 'DTSTART as local wall-clock time in timeZone, "2027-03-02T07:00".' }) firstStart: string;
  @Field(() => Int, { description: 'Minutes of each occurrence.' }) durationMinutes: number;
  @Field(() => String, { description: 'studio, online or client-location.' }) locationType: string;
  @Field(() => String, { nullable: true, description: 'An address or a meeting link.' }) locationDetails: string | null;
  @Field(() => MoneyScalar, { nullable: true, description: 'CAD the studio pays per occurrence, before tax.' }) rate: Decimal | null;
  @Field(() => SeriesStatus) status: SeriesStatus;
  @Field(() => DateTimeScalar, { description: 'Occurrences exist as appointments up to here (UTC); later ones are added as time goes on.' })
  materialisedUntil: Date;
  trainerId: string;
  studioId: string | null;
  classTypeId: string;
  splitFromId: string | null;

  static from(e: SeriesEntity): SeriesType {
    return Object.assign(new SeriesType(), {
      id: e.id,
      rrule: e.rrule,
      timeZone: e.timeZone,
      firstStart: e.localStart,
      durationMinutes: e.durationMinutes,
      locationType: e.locationType,
      locationDetails: typeof e.locationDetails?.text === 'string' ? e.locationDetails.text : null,
      rate: e.rate,
      status: e.status as SeriesStatus,
      materialisedUntil: e.materialisedUntil,
      trainerId: e.trainerId,
      studioId: e.studioId,
      classTypeId: e.classTypeId,
      splitFromId: e.splitFromId,
    });
  }
}
