import { defineModule, isAuthenticated } from '@fitflow/kit';
import { AppointmentRef } from './appointment.type.js';

/** scheduling's `Appointment`, referenced by id only (`InvoiceItem.appointment`): finance adds no field and resolves no reference. */
export const appointmentExtension = defineModule({
  name: 'extends/Appointment',
  orphanedTypes: [AppointmentRef],
  rules: { Appointment: isAuthenticated },
});
