import { isAuthenticated, type IRules } from '@fitflow/kit';
import { readsContracts } from '../../access/rules.js';

/**
 * Shield rules of the fields the trainer module defines (docs/permissions.md): trainer profiles are
 * directory data any signed-in user may read; `StudioContract.trainer` is as private as its contract.
 */
export const trainerRules: IRules = {
  Query: { trainer: isAuthenticated },
  Trainer: {
    id: isAuthenticated,
    firstName: isAuthenticated,
    lastName: isAuthenticated,
    displayName: isAuthenticated,
    businessName: isAuthenticated,
    gstNumber: isAuthenticated,
    licenseNumber: isAuthenticated,
    specializations: isAuthenticated,
    bio: isAuthenticated,
    hourlyRate: isAuthenticated,
    timeZone: isAuthenticated,
    status: isAuthenticated,
    parentTrainer: isAuthenticated,
    teamTrainers: isAuthenticated,
  },
  StudioContract: { trainer: readsContracts },
  User: { trainer: isAuthenticated },
};
