import { defineModule } from '@fitflow/kit';
import type { SchedulingRequest } from '../../context.js';
import { createStudioLoaders } from './studio.loaders.js';
import { studioReference } from './studio.reference.js';
import { studioRules } from './studio.rules.js';

/**
 * studios' `Studio` entity, as scheduling extends it: the stub and the studio time zones (read from the
 * published directory). `Studio.appointments` lives in modules/appointment.
 */
export const studioExtension = defineModule({
  name: 'extends/Studio',
  references: { Studio: studioReference },
  rules: studioRules,
  loaders: (request: SchedulingRequest) => createStudioLoaders(request),
});
