import { isAuthenticated, type IRules } from '@fitflow/kit';
import { managesCalendars } from '../../access/trainer-access.js';

/**
 * Shield rules of the class-type fields: a trainer's offer is for every signed-in caller; trainers,
 * Trainer Admins and super admins change class types (which ones: the service decides).
 */
export const classTypeRules: IRules = {
  ClassType: isAuthenticated,
  Appointment: { classType: isAuthenticated },
  Trainer: { classTypes: isAuthenticated },
  Mutation: { createClassType: managesCalendars, updateClassType: managesCalendars, archiveClassType: managesCalendars },
};
