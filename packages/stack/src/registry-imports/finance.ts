export { entities } from '@fitflow/finance/entities';
export { migrations } from '@fitflow/finance/migrations';
export { seedFinance as seed } from '@fitflow/finance/seed';
export { buildFinanceSchema as buildSchema } from '@fitflow/finance/schema';
export { buildFinanceServer as buildServer } from '@fitflow/finance/server';
