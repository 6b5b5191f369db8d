export { entities } from '@fitflow/clients/entities';
export { migrations } from '@fitflow/clients/migrations';
export { seedClients as seed } from '@fitflow/clients/seed';
