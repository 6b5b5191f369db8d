import { FinanceInit1732400000000 } from './1732400000000-finance-init.js';

/** Every migration of the finance schema, oldest first. */
export const migrations = [FinanceInit1732400000000];
