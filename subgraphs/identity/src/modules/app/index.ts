import { defineModule } from '@fitflow/kit';
import { AppEntity, AppOperationEntity } from './app.entity.js';
import { createAppLoaders } from './app.loaders.js';
import { AppGatewayResolver, AppResolver } from './app.resolver.js';
import { appRules } from './app.rules.js';

/** Third-party apps (docs/apps.md): registration, credentials, approval, suspension, usage, and the gateway's token grant. */
export const appModule = defineModule({
  name: 'app',
  resolvers: [AppResolver, AppGatewayResolver],
  rules: appRules,
  entities: [AppEntity, AppOperationEntity],
  loaders: createAppLoaders,
});
