/** Every TypeORM entity of the clients schema. */
export const entities: Function[] = [];
