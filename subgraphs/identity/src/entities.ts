import { identityModules } from './schema.js';

/** Every TypeORM entity of the identity schema. */
export const entities = identityModules.entities;
