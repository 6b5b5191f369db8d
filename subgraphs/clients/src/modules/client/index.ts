import { defineModule } from '@fitflow/kit';
import type { ClientsRequest } from '../../context.js';
import { ClientPermissionEntity } from './client-permission.entity.js';
import { ClientEntity } from './client.entity.js';
import { createClientLoaders } from './client.loaders.js';
import { clientReference } from './client.reference.js';
import { ClientResolver, TrainerClientsResolver } from './client.resolver.js';
import { clientRules } from './client.rules.js';

/** Clients (`clients.clients`, `clients.client_permissions`): the CRM record, its shares, and `Trainer.clients`. */
export const clientModule = defineModule({
  name: 'client',
  resolvers: [ClientResolver, TrainerClientsResolver],
  references: { Client: clientReference },
  rules: clientRules,
  entities: [ClientEntity, ClientPermissionEntity],
  loaders: (request: ClientsRequest) => createClientLoaders(request),
});
