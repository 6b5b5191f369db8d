import { defineModule } from '@fitflow/kit';
import { studioContractReference } from './studio-contract.reference.js';
import { studioContractRules } from './studio-contract.rules.js';
import { StudioContractRef } from './studio-contract.type.js';

/** studios' `StudioContract` entity, as scheduling extends it: the stub. `upcomingAppointments` lives in modules/appointment. */
export const studioContractExtension = defineModule({
  name: 'extends/StudioContract',
  // Nothing here returns a StudioContract: only the gateway brings one (by key) to ask for upcomingAppointments.
  orphanedTypes: [StudioContractRef],
  references: { StudioContract: studioContractReference },
  rules: studioContractRules,
});
