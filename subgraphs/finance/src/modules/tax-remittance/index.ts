import { defineModule } from '@fitflow/kit';
import { TaxRemittanceEntity } from './tax-remittance.entity.js';
import { createTaxRemittanceLoaders } from './tax-remittance.loaders.js';
import { TrainerTaxRemittancesResolver } from './tax-remittance.resolver.js';
import { taxRemittanceRules } from './tax-remittance.rules.js';

/** A trainer's sales-tax remittances: `Trainer.taxRemittances`. */
export const taxRemittanceModule = defineModule({
  name: 'tax-remittance',
  resolvers: [TrainerTaxRemittancesResolver],
  rules: taxRemittanceRules,
  entities: [TaxRemittanceEntity],
  loaders: createTaxRemittanceLoaders,
});
