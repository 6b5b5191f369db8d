import { holdsRole, isAuthenticated, type IRules } from '@fitflow/kit';
import { readsContracts } from '../../access/rules.js';

/** Holds a role that may change some trainer's billing profile (their own, their team's, anyone's). */
export const editsBillingProfiles = holdsRole(
  'editsBillingProfiles',
  ['trainer', 'trainer_admin', 'super_admin'],
  'Only trainers, their trainer admins and super admins can change a billing profile.',
);

/**
 * Shield rules of the fields the trainer module defines (docs/permissions.md): trainer profiles are
 * directory data any signed-in user may read; `StudioContract.trainer` is as private as its contract.
 * `Trainer.billingProfile` is narrowed in SQL (access/trainer-access.ts: null for a caller who may not
 * see it); `updateBillingProfile` is for trainers, trainer admins and super admins, and the service
 * checks which trainer (their own, their team's, anyone's).
 */
export const trainerRules: IRules = {
  Query: { trainer: isAuthenticated },
  Mutation: { updateBillingProfile: editsBillingProfiles },
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
    billingProfile: isAuthenticated,
  },
  TrainerBillingProfile: isAuthenticated,
  PstRegistration: isAuthenticated,
  StudioContract: { trainer: readsContracts },
  User: { trainer: isAuthenticated },
};
