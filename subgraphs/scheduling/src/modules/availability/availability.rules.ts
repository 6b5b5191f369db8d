import { chain, isAuthenticated, type IRules } from '@fitflow/kit';
import { isStaff } from '../../access/rules.js';
import { managesCalendars, picksTimes } from '../../access/trainer-access.js';
import { canListTrainerSchedule } from '../appointment/appointment.rules.js';

/**
 * Shield rules of the availability fields: staff who may see the trainer's schedule read the windows
 * (rows: their scope); those who manage the trainer set them; open slots are for the trainer's
 * managers and clients (which trainer: decided in the service).
 */
export const availabilityRules: IRules = {
  Trainer: { availability: chain(isStaff, canListTrainerSchedule) },
  AvailabilityWindow: isAuthenticated,
  OpenSlot: isAuthenticated,
  Mutation: { setAvailability: managesCalendars },
  Query: { openSlots: picksTimes },
};
