import { ClientsInit1732400000000 } from './1732400000000-clients-init.js';

/** Every migration of the clients schema, oldest first. */
export const migrations = [ClientsInit1732400000000];
