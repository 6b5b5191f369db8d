export { entities } from '@fitflow/finance/entities';
export { migrations } from '@fitflow/finance/migrations';
export { seedFinance as seed } from '@fitflow/finance/seed';
