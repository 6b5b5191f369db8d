import { defineModule } from '@fitflow/kit';
import { TrainerEntity } from './trainer.entity.js';
import { createTrainerLoaders } from './trainer.loaders.js';
import { trainerReference } from './trainer.reference.js';
import { StudioContractTrainerResolver, TrainerResolver, UserTrainerResolver } from './trainer.resolver.js';
import { trainerRules } from './trainer.rules.js';

/** Trainer profiles and teams (`studios.trainers`): the `Trainer` entity and every field that returns trainers (`User.trainer` included). */
export const trainerModule = defineModule({
  name: 'trainer',
  resolvers: [TrainerResolver, StudioContractTrainerResolver, UserTrainerResolver],
  references: { Trainer: trainerReference },
  rules: trainerRules,
  entities: [TrainerEntity],
  loaders: createTrainerLoaders,
});
