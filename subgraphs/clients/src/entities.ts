import { ClientPermissionEntity } from './modules/client/client-permission.entity.js';
import { ClientEntity } from './modules/client/client.entity.js';
import { SessionNoteEntity } from './modules/session-note/session-note.entity.js';
import { TrainingPlanEntity } from './modules/training-plan/training-plan.entity.js';

/** Every TypeORM entity of the clients schema. */
export const entities = [ClientEntity, ClientPermissionEntity, SessionNoteEntity, TrainingPlanEntity];
