import { chain, type IRules } from '@fitflow/kit';
import { isStaff } from '../../access/rules.js';
import { managesCalendars } from '../../access/trainer-access.js';
import { canListTrainerSchedule } from '../appointment/appointment.rules.js';

/**
 * Shield rules of the trainer-settings fields: the buffer is read by staff who may see the trainer's
 * schedule, and set by those who manage the trainer (decided in the service).
 */
export const trainerSettingsRules: IRules = {
  Trainer: { travelBufferMinutes: chain(isStaff, canListTrainerSchedule) },
  Mutation: { setTravelBuffer: managesCalendars },
};
