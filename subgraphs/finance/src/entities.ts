/** Every TypeORM entity of the finance schema. */
export const entities: Function[] = [];
