import { defineModule } from '@fitflow/kit';
import { TaxQuoteResolver } from './tax.resolver.js';
import { taxRules } from './tax.rules.js';

/**
 * Canadian sales tax: the engine every invoice uses (tax.engine.ts, over the rate table of
 * tax.repository.ts) and `Query.taxQuote`, its preview. docs/tax.md.
 */
export const taxModule = defineModule({
  name: 'tax',
  resolvers: [TaxQuoteResolver],
  rules: taxRules,
});
