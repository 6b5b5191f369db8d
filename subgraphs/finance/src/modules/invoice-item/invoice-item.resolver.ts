import { FieldResolver, Resolver, Root } from 'type-graphql';
import { AppointmentRef } from '../appointment/appointment.type.js';
import { InvoiceItemType } from './invoice-item.type.js';

/** `InvoiceItem.appointment`: a reference scheduling resolves. */
@Resolver(() => InvoiceItemType)
export class InvoiceItemResolver {
  @FieldResolver(() => AppointmentRef, { nullable: true, description: 'The session billed, when the line is one.' })
  appointment(@Root() item: InvoiceItemType): AppointmentRef | null {
    return item.appointmentId ? AppointmentRef.of(item.appointmentId) : null;
  }
}
