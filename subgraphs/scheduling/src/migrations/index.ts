import { SchedulingInit1732400000000 } from './1732400000000-scheduling-init.js';

/** Every migration of the scheduling schema, oldest first. */
export const migrations = [SchedulingInit1732400000000];
