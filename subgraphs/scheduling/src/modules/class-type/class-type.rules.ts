import { isAuthenticated, type IRules } from '@fitflow/kit';

/** Shield rules of the class-type fields: a trainer's offer is for every signed-in caller. */
export const classTypeRules: IRules = {
  ClassType: isAuthenticated,
  Appointment: { classType: isAuthenticated },
  Trainer: { classTypes: isAuthenticated },
};
