import { defineModule } from '@fitflow/kit';
import type { SchedulingRequest } from '../../context.js';
import { ClassTypeEntity } from './class-type.entity.js';
import { createClassTypeLoaders } from './class-type.loaders.js';
import { AppointmentClassTypeResolver, TrainerClassTypesResolver } from './class-type.resolver.js';
import { classTypeRules } from './class-type.rules.js';

/** Class types: the kinds of session a trainer offers (`Trainer.classTypes`, `Appointment.classType`). */
export const classTypeModule = defineModule({
  name: 'class-type',
  resolvers: [AppointmentClassTypeResolver, TrainerClassTypesResolver],
  rules: classTypeRules,
  entities: [ClassTypeEntity],
  loaders: (request: SchedulingRequest) => createClassTypeLoaders(request),
});
