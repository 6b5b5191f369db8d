import { buildFederatedSchema, composeModules } from '@fitflow/kit';
import { appointmentExtension } from './extends/Appointment/index.js';
import { trainerExtension } from './extends/Trainer/index.js';
import { accessLogModule } from './modules/access-log/index.js';
import { clientModule } from './modules/client/index.js';
import { dataRightsModule } from './modules/data-rights/index.js';
import { sessionNoteModule } from './modules/session-note/index.js';
import { trainingPlanModule } from './modules/training-plan/index.js';

/** The modules of the clients subgraph: what it owns (`modules/`) and what it adds to others' entities (`extends/`). */
export const clientsModules = composeModules([
  clientModule,
  sessionNoteModule,
  trainingPlanModule,
  accessLogModule,
  dataRightsModule,
  trainerExtension,
  appointmentExtension,
]);

/** The clients subgraph's federated schema, shield applied. */
export const buildClientsSchema = () => buildFederatedSchema(clientsModules);
