import { defineModule } from '@fitflow/kit';
import { TaxRemittanceEntity } from './tax-remittance.entity.js';
import { createTaxRemittanceLoaders } from './tax-remittance.loaders.js';
import { TaxRemittanceResolver, TaxReturnResolver, TrainerTaxRemittancesResolver } from './tax-remittance.resolver.js';
import { taxRemittanceRules } from './tax-remittance.rules.js';

/**
 * A trainer's sales-tax returns: `Query.taxReturn` (the worksheet of a period), `Mutation.saveTaxReturn`,
 * `markTaxReturnFiled`, `markTaxReturnPaid` (calculated → filed → paid) and `Trainer.taxRemittances`.
 */
export const taxRemittanceModule = defineModule({
  name: 'tax-remittance',
  resolvers: [TaxReturnResolver, TaxRemittanceResolver, TrainerTaxRemittancesResolver],
  rules: taxRemittanceRules,
  entities: [TaxRemittanceEntity],
  loaders: createTaxRemittanceLoaders,
});
