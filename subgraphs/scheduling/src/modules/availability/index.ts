import { defineModule } from '@fitflow/kit';
import { AvailabilityEntity } from './availability.entity.js';

/** Trainer availability: a table only so far (TODO(booking): the availability search will read it and add fields). */
export const availabilityModule = defineModule({
  name: 'availability',
  entities: [AvailabilityEntity],
});
