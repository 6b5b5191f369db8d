import { ConnectionType, DateTimeScalar, ENTITY_ID_SCOPES, MoneyScalar, RequiresScopes, type Decimal } from '@fitflow/kit';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { AppointmentEntity } from './appointment.entity.js';

/** Where an appointment stands. Internal values are the database's (`no-show` included). */
export enum AppointmentStatus {
  SCHEDULED = 'scheduled',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
  NO_SHOW = 'no-show',
}
registerEnumType(AppointmentStatus, { name: 'AppointmentStatus', description: 'Where an appointment stands.' });

/** A session on the schedule: a trainer, a time, usually a studio, and its participants. Owned here. */
@ObjectType('Appointment', { description: 'A session on the schedule. Times are UTC; show them in `timeZone`.' })
@Directive('@key(fields: "id")')
export class AppointmentType {
  @RequiresScopes(...ENTITY_ID_SCOPES.Appointment)
  @Field(() => ID)
  id: string;
  @RequiresScopes('schedule:read')
  @Field(() => DateTimeScalar, { description: 'Start, UTC.' })
  startTime: Date;
  @RequiresScopes('schedule:read')
  @Field(() => DateTimeScalar, { description: 'End, UTC (always after startTime).' })
  endTime: Date;
  @RequiresScopes('schedule:read')
  @Field(() => AppointmentStatus)
  status: AppointmentStatus;
  @RequiresScopes('schedule:read')
  @Field(() => String, { description: 'studio, online or client-location.' })
  locationType: string;
  @Field(() => MoneyScalar, { nullable: true, description: 'CAD the studio pays the trainer for the session, before tax.' })
  rate: Decimal | null;
  @Field(() => String, { nullable: true, description: 'Why it was cancelled (no health details).' }) cancellationReason: string | null;
  @Field(() => String, { nullable: true, description: 'An address or a meeting link, as the trainer wrote it.' }) locationDetails: string | null;
  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'For an occurrence of a series: its original start, UTC (iCalendar RECURRENCE-ID), which stays when this one occurrence is moved. Null for a one-off.',
  })
  @RequiresScopes('schedule:read')
  recurrenceId: Date | null;
  trainerId: string;
  studioId: string | null;
  classTypeId: string;
  seriesId: string | null;

  static from(e: AppointmentEntity): AppointmentType {
    return Object.assign(new AppointmentType(), {
      id: e.id,
      startTime: e.startTime,
      endTime: e.endTime,
      status: e.status as AppointmentStatus,
      locationType: e.locationType,
      rate: e.rate,
      cancellationReason: e.cancellationReason,
      locationDetails: typeof e.locationDetails?.text === 'string' ? e.locationDetails.text : null,
      recurrenceId: e.recurrenceId,
      seriesId: e.seriesId,
      trainerId: e.trainerId,
      studioId: e.studioId,
      classTypeId: e.classTypeId,
    });
  }
}

/** `AppointmentConnection` / `AppointmentEdge`: pages of appointments ordered by start time, then id. */
export const AppointmentConnection = ConnectionType(AppointmentType, 'Appointment', { scopes: ['schedule:read'] });
