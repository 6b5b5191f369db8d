import { defineModule } from '@fitflow/kit';
import type { SchedulingRequest } from '../../context.js';
import { TrainerSettingsEntity } from './trainer-settings.entity.js';
import { createTrainerSettingsLoaders } from './trainer-settings.loaders.js';
import { TrainerSettingsResolver } from './trainer-settings.resolver.js';
import { trainerSettingsRules } from './trainer-settings.rules.js';

/** How a trainer runs their calendar: the travel buffer between sessions at different places (`Trainer.travelBufferMinutes`, `setTravelBuffer`). */
export const trainerSettingsModule = defineModule({
  name: 'trainer-settings',
  resolvers: [TrainerSettingsResolver],
  rules: trainerSettingsRules,
  entities: [TrainerSettingsEntity],
  loaders: (request: SchedulingRequest) => createTrainerSettingsLoaders(request),
});
