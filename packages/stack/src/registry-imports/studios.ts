export { entities } from '@fitflow/studios/entities';
export { migrations } from '@fitflow/studios/migrations';
export { seedStudios as seed } from '@fitflow/studios/seed';
