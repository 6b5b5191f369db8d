import { buildFederatedSchema } from '@fitflow/kit';
import { contractReference } from './modules/contract/contract.reference.js';
import { ContractResolver, StudioContractsResolver } from './modules/contract/contract.resolver.js';
import { studioReference } from './modules/studio/studio.reference.js';
import { StudioResolver } from './modules/studio/studio.resolver.js';
import { trainerReference } from './modules/trainer/trainer.reference.js';
import { TrainerResolver } from './modules/trainer/trainer.resolver.js';
import { UserTrainerResolver, userReference } from './modules/user/user.resolver.js';
import { UserRef } from './modules/user/user.type.js';
import { permissions } from './permissions.js';

export const resolvers = [StudioResolver, TrainerResolver, ContractResolver, StudioContractsResolver, UserTrainerResolver] as const;

/** The studios subgraph's federated schema, shield applied. */
export function buildStudiosSchema() {
  return buildFederatedSchema({
    resolvers: [...resolvers],
    orphanedTypes: [UserRef],
    referenceResolvers: {
      Studio: studioReference,
      Trainer: trainerReference,
      StudioContract: contractReference,
      User: userReference,
    },
    permissions,
  });
}
