import { clientsModules } from './schema.js';

/** Every TypeORM entity of the clients schema. */
export const entities = clientsModules.entities;
