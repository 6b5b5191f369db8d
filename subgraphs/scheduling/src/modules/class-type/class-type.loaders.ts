import { byIdLoader, groupLoader } from '@fitflow/kit';
import { In, type DataSource } from 'typeorm';
import { ClassTypeEntity } from './class-type.entity.js';

/** Per-request loaders of class types. */
export function createClassTypeLoaders(ds: DataSource) {
  const repository = ds.getRepository(ClassTypeEntity);
  return {
    classTypeById: byIdLoader((ids) => repository.findBy({ id: In([...ids]) })),
    classTypesOfTrainer: groupLoader(
      (trainerIds) => repository.find({ where: { trainerId: In([...trainerIds]), status: 'active' }, order: { category: 'ASC', name: 'ASC' } }),
      (c) => c.trainerId,
    ),
  };
}
