/** Every migration of the clients schema, oldest first. */
export const migrations: Function[] = [];
