import { buildFederatedSchema, composeModules } from '@fitflow/kit';
import { userExtension } from './extends/User/index.js';
import { contractModule } from './modules/contract/index.js';
import { studioModule } from './modules/studio/index.js';
import { trainerModule } from './modules/trainer/index.js';

/** Every module of the studios subgraph: its resolvers, references, rules, entities and loaders. */
export const studiosModules = composeModules([studioModule, trainerModule, contractModule, userExtension]);

/** The studios subgraph's federated schema, shield applied (deny by default). */
export function buildStudiosSchema() {
  return buildFederatedSchema(studiosModules);
}
