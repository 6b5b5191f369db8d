import { TrainerStudioEntity } from './modules/contract/contract.entity.js';
import { StudioEntity } from './modules/studio/studio.entity.js';
import { TrainerEntity } from './modules/trainer/trainer.entity.js';

/** Every TypeORM entity of the studios schema. */
export const entities = [StudioEntity, TrainerEntity, TrainerStudioEntity];
