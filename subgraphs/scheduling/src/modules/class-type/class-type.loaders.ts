import { byIdLoader, groupLoader } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { ClassTypeRepository } from './class-type.repository.js';

/** Per-request loaders of class types. */
export function createClassTypeLoaders(ds: DataSource) {
  const repository = new ClassTypeRepository(ds);
  return {
    classTypeById: byIdLoader((ids) => repository.findByIds(ids)),
    classTypesOfTrainer: groupLoader((ids) => repository.findActiveByTrainers(ids), (c) => c.trainerId),
  };
}
