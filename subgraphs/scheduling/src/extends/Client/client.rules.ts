import { isAuthenticated, type IRules } from '@fitflow/kit';

/** The `Client` stub's key; `Client.upcomingAppointments` is ruled by modules/appointment. */
export const clientRules: IRules = { Client: { id: isAuthenticated } };
