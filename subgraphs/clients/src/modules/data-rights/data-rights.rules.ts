import { chain, isAuthenticated, type IRules } from '@fitflow/kit';
import { clientRule, isSuperAdmin, NOT_YOURS, readsClients } from '../../access/rules.js';

/** May export the client's data or ask for its erasure: the client, their trainer, their team admin. */
export const canExerciseDataRights = (arg = 'clientId') =>
  clientRule('canExerciseDataRights', arg, NOT_YOURS, (r) => r === 'owner' || r === 'team' || r === 'self');

/** Shield rules of the fields the data-rights module defines. */
export const dataRightsRules: IRules = {
  Mutation: {
    exportClientData: chain(readsClients, canExerciseDataRights('clientId')),
    requestClientErasure: chain(readsClients, canExerciseDataRights('clientId')),
    processClientErasures: isSuperAdmin,
  },
  ClientErasureRequest: isAuthenticated,
};
