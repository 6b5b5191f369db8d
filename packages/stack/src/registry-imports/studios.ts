export { entities } from '@fitflow/studios/entities';
export { migrations } from '@fitflow/studios/migrations';
export { seedStudios as seed } from '@fitflow/studios/seed';
export { buildStudiosSchema as buildSchema } from '@fitflow/studios/schema';
export { buildStudiosServer as buildServer } from '@fitflow/studios/server';
