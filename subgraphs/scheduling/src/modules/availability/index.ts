import { defineModule } from '@fitflow/kit';
import type { SchedulingRequest } from '../../context.js';
import { AvailabilityEntity } from './availability.entity.js';
import { createAvailabilityLoaders } from './availability.loaders.js';
import { AvailabilityResolver, TrainerAvailabilityResolver } from './availability.resolver.js';
import { availabilityRules } from './availability.rules.js';

/** A trainer's weekly availability per studio (`setAvailability`, `Trainer.availability`) and the open slots it gives (`openSlots`). */
export const availabilityModule = defineModule({
  name: 'availability',
  resolvers: [AvailabilityResolver, TrainerAvailabilityResolver],
  rules: availabilityRules,
  entities: [AvailabilityEntity],
  loaders: (request: SchedulingRequest) => createAvailabilityLoaders(request),
});
