import { StudiosInit1732400000000 } from './1732400000000-studios-init.js';

/** Every migration of the studios schema, oldest first. */
export const migrations = [StudiosInit1732400000000];
