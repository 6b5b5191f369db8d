export { entities } from '@fitflow/clients/entities';
export { migrations } from '@fitflow/clients/migrations';
export { seedClients as seed } from '@fitflow/clients/seed';
export { buildClientsSchema as buildSchema } from '@fitflow/clients/schema';
export { buildClientsServer as buildServer } from '@fitflow/clients/server';
