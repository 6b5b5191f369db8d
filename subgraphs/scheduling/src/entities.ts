/** Every TypeORM entity of the scheduling schema. */
export const entities: Function[] = [];
