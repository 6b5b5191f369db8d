import { defineModule } from '@fitflow/kit';
import { TrainerSettingsEntity } from './trainer-settings.entity.js';

/** How a trainer runs their calendar: the travel buffer between sessions at different places. */
export const trainerSettingsModule = defineModule({
  name: 'trainer-settings',
  entities: [TrainerSettingsEntity],
});
