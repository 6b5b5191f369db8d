import { schedulingModules } from './schema.js';

/** Every TypeORM entity of the scheduling schema. */
export const entities = schedulingModules.entities;
