import { defineModule, isAuthenticated } from '@fitflow/kit';

/** scheduling's `Appointment`, referenced by id only (`InvoiceItem.appointment`): finance adds no field and resolves no reference. */
export const appointmentExtension = defineModule({
  name: 'extends/Appointment',
  rules: { Appointment: isAuthenticated },
});
