import { defineModule } from '@fitflow/kit';
import { createStudioLoaders } from './studio.loaders.js';
import { StudioEntity } from './studio.entity.js';
import { studioReference } from './studio.reference.js';
import { StudioContractStudioResolver, StudioResolver, TrainerStudioResolver } from './studio.resolver.js';
import { studioRules } from './studio.rules.js';

/** Studios and chain locations (`studios.studios`): the `Studio` entity and every field that returns studios. */
export const studioModule = defineModule({
  name: 'studio',
  resolvers: [StudioResolver, TrainerStudioResolver, StudioContractStudioResolver],
  references: { Studio: studioReference },
  rules: studioRules,
  entities: [StudioEntity],
  loaders: createStudioLoaders,
});
