import { isAuthenticated, type IRules } from '@fitflow/kit';

/** The `Studio` stub's key; `Studio.appointments` is ruled by modules/appointment. */
export const studioRules: IRules = { Studio: { id: isAuthenticated } };
