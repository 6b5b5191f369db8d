import { ConnectionType, DateTimeScalar, DecimalScalar, type Decimal } from '@fitflow/kit';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { AppointmentEntity } from './appointment.entity.js';
import type { ParticipantEntity } from '../participant/participant.entity.js';

export enum AppointmentStatus {
  SCHEDULED = 'scheduled',
  COMPLETED = 'completed',
  CANCELLED = 'cancelled',
  NO_SHOW = 'no-show',
}
registerEnumType(AppointmentStatus, { name: 'AppointmentStatus' });

/** A session: a trainer, a time, usually a studio, and its participants. */
@ObjectType('Appointment', { description: 'A session on the schedule. Times are UTC; show them in `timeZone`.' })
@Directive('@key(fields: "id")')
export class AppointmentType {
  @Field(() => ID) id: string;
  @Field(() => DateTimeScalar, { description: 'UTC.' }) startTime: Date;
  @Field(() => DateTimeScalar, { description: 'UTC.' }) endTime: Date;
  @Field(() => AppointmentStatus) status: AppointmentStatus;
  @Field(() => String) locationType: string;
  @Field(() => DecimalScalar, { nullable: true, description: 'CAD the studio pays for the session.' }) rate: Decimal | null;
  @Field(() => String, { nullable: true }) cancellationReason: string | null;
  trainerId: string;
  studioId: string | null;
  classTypeId: string;

  static from(e: AppointmentEntity): AppointmentType {
    return Object.assign(new AppointmentType(), {
      id: e.id, startTime: e.startTime, endTime: e.endTime, status: e.status as AppointmentStatus, locationType: e.locationType,
      rate: e.rate, cancellationReason: e.cancellationReason, trainerId: e.trainerId, studioId: e.studioId, classTypeId: e.classTypeId,
    });
  }
}

export const AppointmentConnection = ConnectionType(AppointmentType, 'Appointment');

@ObjectType('AppointmentParticipant', { description: 'A client booked into an appointment.' })
export class ParticipantType {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'confirmed, waitlisted or cancelled.' }) status: string;
  @Field(() => Boolean, { nullable: true, description: 'Null until the session has happened.' }) attended: boolean | null;
  @Field(() => String, { description: 'pending, paid or refunded.' }) paymentStatus: string;
  clientId: string;

  static from(e: ParticipantEntity): ParticipantType {
    return Object.assign(new ParticipantType(), { id: e.id, status: e.status, attended: e.attended, paymentStatus: e.paymentStatus, clientId: e.clientId });
  }
}
