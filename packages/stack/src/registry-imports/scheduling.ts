export { entities } from '@fitflow/scheduling/entities';
export { migrations } from '@fitflow/scheduling/migrations';
export { seedScheduling as seed } from '@fitflow/scheduling/seed';
export { buildSchedulingSchema as buildSchema } from '@fitflow/scheduling/schema';
export { buildSchedulingServer as buildServer } from '@fitflow/scheduling/server';
