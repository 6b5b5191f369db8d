import { chain, type IRules } from '@fitflow/kit';
import { canReadClient, clientRule, isSuperAdmin, isTrainer, NOT_YOURS, readsClients, receivesPhi, sharedTypeRules } from '../../access/rules.js';
import { onlySelfEditable } from './client.inputs.js';

/**
 * May change the client: their trainer or team admin, a `write`/`admin` share, or the client for
 * contact details and consents only (`input` holds nothing else).
 */
export const canWriteClient = (arg = 'id') =>
  clientRule(
    'canWriteClient',
    arg,
    'You may not change this client (shared read-only, or only contact details and consents are yours to change).',
    (r, args) => (r === 'self' ? onlySelfEditable(args.input ?? {}) : r !== 'share-read'),
  );
/** May delete the client: their trainer or team admin, or an `admin` share. */
export const canDeleteClient = (arg = 'id') => clientRule('canDeleteClient', arg, NOT_YOURS, (r) => r === 'owner' || r === 'team' || r === 'share-admin');

/** Shield rules of the fields the client module defines (and of kit's shared `PageInfo`). */
export const clientRules: IRules = {
  Query: {
    client: chain(readsClients, canReadClient('id')),
    clients: readsClients,
  },
  Mutation: {
    createClient: isTrainer,
    updateClient: chain(readsClients, canWriteClient('id')),
    deleteClient: chain(isTrainer, canDeleteClient('id')),
    breakGlassReadClient: isSuperAdmin,
  },
  // Every field of Client, including those other modules add (session notes, plans), receives PHI.
  Client: { '*': receivesPhi },
  ClientConnection: readsClients,
  ClientEdge: readsClients,
  ClientConsents: receivesPhi,
  EmergencyContact: receivesPhi,
  MedicalInfo: receivesPhi,
  Trainer: { clients: readsClients },
  ...sharedTypeRules,
};
