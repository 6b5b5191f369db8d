import { defineModule } from '@fitflow/kit';
import { AccessLogResolver } from './access-log.resolver.js';
import { accessLogRules } from './access-log.rules.js';

/** The access log (`clients.access_log`): who read which PHI, and why. Rows are written by every PHI read. */
export const accessLogModule = defineModule({
  name: 'access-log',
  resolvers: [AccessLogResolver],
  rules: accessLogRules,
});
