import { financeModules } from './schema.js';

/** Every TypeORM entity of the finance schema. */
export const entities = financeModules.entities;
