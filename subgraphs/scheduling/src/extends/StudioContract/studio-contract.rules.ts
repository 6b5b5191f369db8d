import { isAuthenticated, type IRules } from '@fitflow/kit';

/** The `StudioContract` stub's key; `upcomingAppointments` is ruled by modules/appointment. */
export const studioContractRules: IRules = { StudioContract: { trainerId: isAuthenticated, studioId: isAuthenticated } };
