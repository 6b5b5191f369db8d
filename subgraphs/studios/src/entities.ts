import { studiosModules } from './schema.js';

/** Every TypeORM entity of the studios schema, as the modules declare them. */
export const entities = studiosModules.entities;
