import { buildFederatedSchema } from '@fitflow/kit';
import { AccessLogResolver } from './modules/access-log/access-log.resolver.js';
import { clientReference } from './modules/client/client.reference.js';
import { ClientResolver } from './modules/client/client.resolver.js';
import { DataRightsResolver } from './modules/data-rights/data-rights.resolver.js';
import { sessionNoteReference } from './modules/session-note/session-note.reference.js';
import { ClientSessionNotesResolver, SessionNoteResolver } from './modules/session-note/session-note.resolver.js';
import { ClientTrainingPlansResolver } from './modules/training-plan/training-plan.resolver.js';
import { trainerReference } from './modules/trainer/trainer.reference.js';
import { TrainerClientsResolver } from './modules/trainer/trainer.resolver.js';
import { TrainerRef } from './modules/trainer/trainer.type.js';
import { permissions } from './permissions.js';

export const resolvers = [
  ClientResolver,
  ClientSessionNotesResolver,
  SessionNoteResolver,
  ClientTrainingPlansResolver,
  TrainerClientsResolver,
  AccessLogResolver,
  DataRightsResolver,
] as const;

/** The clients subgraph's federated schema, shield applied. */
export function buildClientsSchema() {
  return buildFederatedSchema({
    resolvers: [...resolvers],
    orphanedTypes: [TrainerRef],
    referenceResolvers: {
      Client: clientReference,
      SessionNote: sessionNoteReference,
      Trainer: trainerReference,
    },
    permissions,
  });
}
