import { defineModule } from '@fitflow/kit';
import { DataRightsResolver } from './data-rights.resolver.js';
import { dataRightsRules } from './data-rights.rules.js';

/** A client's data rights (`clients.erasure_requests`): export, erasure requests, and carrying them out. */
export const dataRightsModule = defineModule({
  name: 'data-rights',
  resolvers: [DataRightsResolver],
  rules: dataRightsRules,
});
