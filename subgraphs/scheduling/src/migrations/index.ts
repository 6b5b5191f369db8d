import { SchedulingInit1732400000000 } from './1732400000000-scheduling-init.js';
import { SchedulingSealedNotes1733000000000 } from './1733000000000-scheduling-sealed-notes.js';

/** Every migration of the scheduling schema, oldest first. */
export const migrations = [SchedulingInit1732400000000, SchedulingSealedNotes1733000000000];
