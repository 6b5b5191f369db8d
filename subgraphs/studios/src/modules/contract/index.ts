import { defineModule } from '@fitflow/kit';
import { ContractRateEntity, TrainerStudioEntity } from './contract.entity.js';
import { createContractLoaders } from './contract.loaders.js';
import { contractReference } from './contract.reference.js';
import { ContractResolver, StudioContractsResolver, TrainerContractsResolver } from './contract.resolver.js';
import { contractRules } from './contract.rules.js';

/**
 * Trainer–studio contracts (`studios.trainer_studios`) and their rate periods (`studios.contract_rates`):
 * the `StudioContract` entity, `setContractRates`,
 * and every field that returns contracts (`Studio.contracts`, `Trainer.contracts`). Every read is
 * limited to the caller's scope (access/contract-access.ts).
 */
export const contractModule = defineModule({
  name: 'contract',
  resolvers: [ContractResolver, StudioContractsResolver, TrainerContractsResolver],
  references: { StudioContract: contractReference },
  rules: contractRules,
  entities: [TrainerStudioEntity, ContractRateEntity],
  loaders: createContractLoaders,
});
