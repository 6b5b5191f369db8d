import { buildFederatedSchema, composeModules } from '@fitflow/kit';
import { clientExtension } from './extends/Client/index.js';
import { studioExtension } from './extends/Studio/index.js';
import { studioContractExtension } from './extends/StudioContract/index.js';
import { trainerExtension } from './extends/Trainer/index.js';
import { appointmentModule } from './modules/appointment/index.js';
import { availabilityModule } from './modules/availability/index.js';
import { calendarFeedModule } from './modules/calendar-feed/index.js';
import { classTypeModule } from './modules/class-type/index.js';
import { outboxModule } from './modules/outbox/index.js';
import { participantModule } from './modules/participant/index.js';
import { seriesModule } from './modules/series/index.js';
import { trainerSettingsModule } from './modules/trainer-settings/index.js';

/** The scheduling subgraph's modules: what it owns (`modules/`) and the fields it adds to others' entities (`extends/`). */
export const schedulingModules = composeModules([
  appointmentModule,
  participantModule,
  classTypeModule,
  availabilityModule,
  trainerSettingsModule,
  calendarFeedModule,
  outboxModule,
  seriesModule,
  trainerExtension,
  studioExtension,
  studioContractExtension,
  clientExtension,
]);

/** The scheduling subgraph's federated schema, shield applied. */
export const buildSchedulingSchema = () => buildFederatedSchema(schedulingModules);
