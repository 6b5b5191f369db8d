/** Every migration of the finance schema, oldest first. */
export const migrations: Function[] = [];
