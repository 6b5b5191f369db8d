import { ConfigError } from '@fitflow/kit';
import { adminDatabase } from './admin-db.js';
import { loadStackConfig } from './config.js';
import { prepareDatabase } from './database.js';

/** `npm run seed`: migrates and loads the demo tenant (existing demo rows are kept as they are). */
try {
  const config = loadStackConfig();
  const { adminUrl, embedded } = await adminDatabase(config);
  try {
    const { seeded } = await prepareDatabase({ adminUrl, seed: 'always' });
    console.log(`Demo tenant loaded: ${seeded!.users.length} users, ${seeded!.clients.length} clients, ${seeded!.appointments.length} appointments.`);
  } finally {
    await embedded?.stop();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
