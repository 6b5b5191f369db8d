export { entities } from '@fitflow/identity/entities';
export { migrations } from '@fitflow/identity/migrations';
export { seedIdentity as seed } from '@fitflow/identity/seed';
export { buildIdentitySchema as buildSchema } from '@fitflow/identity/schema';
