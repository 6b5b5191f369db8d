import { defineModule } from '@fitflow/kit';
import { clientReference } from './client.reference.js';
import { clientRules } from './client.rules.js';

/**
 * clients' `Client` entity, as scheduling extends it: the stub (a participant's client, and the parent
 * of `Client.upcomingAppointments`, which lives in modules/appointment).
 */
export const clientExtension = defineModule({
  name: 'extends/Client',
  references: { Client: clientReference },
  rules: clientRules,
});
