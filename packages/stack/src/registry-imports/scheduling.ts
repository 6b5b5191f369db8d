export { entities } from '@fitflow/scheduling/entities';
export { migrations } from '@fitflow/scheduling/migrations';
export { seedScheduling as seed } from '@fitflow/scheduling/seed';
