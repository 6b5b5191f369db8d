import { isAuthenticated, type IRules } from '@fitflow/kit';

/** The `Trainer` stub's key; its fields are ruled by the modules that own them (appointment, class-type). */
export const trainerRules: IRules = { Trainer: { id: isAuthenticated } };
