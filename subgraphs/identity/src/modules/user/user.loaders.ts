import { byIdLoader, groupLoader } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { UserRepository } from './user.repository.js';

/** Per-request loaders of users and their roles. */
export function createUserLoaders(ds: DataSource) {
  const repository = new UserRepository(ds);
  return {
    userById: byIdLoader((ids) => repository.findByIds(ids)),
    rolesOfUser: groupLoader((ids) => repository.rolesOf(ids), (r) => r.userId),
  };
}
