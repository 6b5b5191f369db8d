/** Every migration of the scheduling schema, oldest first. */
export const migrations: Function[] = [];
