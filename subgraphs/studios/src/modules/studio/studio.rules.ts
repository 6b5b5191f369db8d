import { isAuthenticated, type IRules } from '@fitflow/kit';
import { readsContracts } from '../../access/rules.js';

/**
 * Shield rules of the fields the studio module defines (docs/permissions.md): studios are directory
 * data any signed-in user may read. `Trainer.studios` lists only studios of contracts the caller may
 * see (the contract repository's scope); `StudioContract.studio` is as private as its contract.
 */
export const studioRules: IRules = {
  Query: { studio: isAuthenticated, studios: isAuthenticated },
  Studio: {
    id: isAuthenticated,
    name: isAuthenticated,
    address: isAuthenticated,
    timeZone: isAuthenticated,
    businessNumber: isAuthenticated,
    qstNumber: isAuthenticated,
    isHeadquarters: isAuthenticated,
    status: isAuthenticated,
    parentStudio: isAuthenticated,
    childStudios: isAuthenticated,
  },
  Address: isAuthenticated,
  Trainer: { studios: isAuthenticated },
  StudioContract: { studio: readsContracts },
};
