import { defineModule } from '@fitflow/kit';
import type { SchedulingRequest } from '../../context.js';
import { createTrainerLoaders } from './trainer.loaders.js';
import { trainerReference } from './trainer.reference.js';
import { trainerRules } from './trainer.rules.js';

/**
 * studios' `Trainer` entity, as scheduling extends it: the stub and the team lookup. Its fields live
 * with their data: `Trainer.appointments` in modules/appointment, `Trainer.classTypes` in modules/class-type.
 */
export const trainerExtension = defineModule({
  name: 'extends/Trainer',
  references: { Trainer: trainerReference },
  rules: trainerRules,
  loaders: (request: SchedulingRequest) => createTrainerLoaders(request),
});
