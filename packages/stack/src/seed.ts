import { ConfigError } from '@fitflow/kit';
import { withAdminDatabase } from './admin-db.js';
import { prepareDatabase } from './database.js';

/** `npm run seed`: migrates and loads the demo tenant (existing demo rows are kept as they are). */
try {
  const { seeded } = await withAdminDatabase((adminUrl) => prepareDatabase({ adminUrl, seed: 'always' }));
  console.log(`Demo tenant loaded: ${seeded!.users.length} users, ${seeded!.clients.length} clients, ${seeded!.appointments.length} appointments.`);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
