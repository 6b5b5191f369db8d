import { LocalDateScalar } from '@fitflow/kit';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AppointmentRef } from '../../extends/Appointment/appointment.type.js';
import { StudioRef } from '../../extends/Studio/studio.type.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { InvoiceType } from '../invoice/invoice.type.js';
import type { GenerateStudioInvoicesOutcome, SkippedSession } from './studio-billing.service.js';

export enum SessionSkipReason {
  NOT_COMPLETED = 'NOT_COMPLETED',
  NO_SHOW_NOT_BILLED = 'NO_SHOW_NOT_BILLED',
  LATE_CANCELLATION_NOT_BILLED = 'LATE_CANCELLATION_NOT_BILLED',
  NO_CONTRACT = 'NO_CONTRACT',
  NO_RATE = 'NO_RATE',
}
registerEnumType(SessionSkipReason, {
  name: 'SessionSkipReason',
  description: 'Why a session of the period is not on an invoice.',
  valuesConfig: {
    NOT_COMPLETED: { description: 'Still scheduled: mark it completed (or a no-show) and generate again.' },
    NO_SHOW_NOT_BILLED: { description: "A no-show, and the contract's rates in force that day do not bill no-shows." },
    LATE_CANCELLATION_NOT_BILLED: { description: "Cancelled late, and the contract's rates in force that day do not bill late cancellations." },
    NO_CONTRACT: { description: 'The trainer has no contract rates at this studio.' },
    NO_RATE: { description: "The contract has no rate in force that day for the session's category." },
  },
});

@ObjectType('SkippedSession', { description: 'A session of the period left off the invoices, and why.' })
export class SkippedSessionType {
  @Field(() => AppointmentRef) appointment: AppointmentRef;
  @Field(() => TrainerRef) trainer: TrainerRef;
  @Field(() => StudioRef, { description: 'Where the session took place.' }) studio: StudioRef;
  @Field(() => LocalDateScalar, { description: "The session's day in the studio's zone." }) serviceDate: string;
  @Field(() => SessionSkipReason) reason: SessionSkipReason;
  @Field(() => String, { description: 'What to do about it, for people.' }) message: string;

  static from(s: SkippedSession): SkippedSessionType {
    return Object.assign(new SkippedSessionType(), {
      appointment: AppointmentRef.of(s.appointmentId),
      trainer: TrainerRef.of(s.trainerId),
      studio: StudioRef.of(s.studioId),
      serviceDate: s.serviceDate,
      reason: s.reason as SessionSkipReason,
      message: s.message,
    });
  }
}

@ObjectType('GenerateStudioInvoicesResult', { description: 'What month-end generation did.' })
export class GenerateStudioInvoicesResultType {
  @Field(() => [InvoiceType], { description: 'The drafts created or added to.' }) invoices: InvoiceType[];
  @Field(() => Int, { description: 'How many of them are new.' }) invoicesCreated: number;
  @Field(() => Int, { description: 'Sessions added as lines (0 when every session was already invoiced).' }) sessionsAdded: number;
  @Field(() => [SkippedSessionType], { description: 'Sessions of the period left off, with why.' }) skipped: SkippedSessionType[];

  static from(o: GenerateStudioInvoicesOutcome): GenerateStudioInvoicesResultType {
    return Object.assign(new GenerateStudioInvoicesResultType(), {
      invoices: o.invoices.map(InvoiceType.from),
      invoicesCreated: o.invoicesCreated,
      sessionsAdded: o.sessionsAdded,
      skipped: o.skipped.map(SkippedSessionType.from),
    });
  }
}
