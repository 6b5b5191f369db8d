import { IdentityInit1732400000000 } from './1732400000000-identity-init.js';

/** Every migration of the identity schema, oldest first. */
export const migrations = [IdentityInit1732400000000];
