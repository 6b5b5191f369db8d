import { defineModule } from '@fitflow/kit';
import type { SchedulingRequest } from '../../context.js';
import { ClassTypeEntity } from './class-type.entity.js';
import { createClassTypeLoaders } from './class-type.loaders.js';
import { AppointmentClassTypeResolver, ClassTypeResolver, TrainerClassTypesResolver } from './class-type.resolver.js';
import { classTypeRules } from './class-type.rules.js';

/**
 * Class types: the kinds of session a trainer offers (`Trainer.classTypes`, `Appointment.classType`,
 * `ClassType.trainer`) and their mutations (`createClassType`, `updateClassType`, `archiveClassType`).
 */
export const classTypeModule = defineModule({
  name: 'class-type',
  resolvers: [ClassTypeResolver, AppointmentClassTypeResolver, TrainerClassTypesResolver],
  rules: classTypeRules,
  entities: [ClassTypeEntity],
  loaders: (request: SchedulingRequest) => createClassTypeLoaders(request),
});
