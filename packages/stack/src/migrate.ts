import { rolePasswordsFromEnv } from '@fitflow/devdb';
import { withAdminDatabase } from './admin-db.js';
import { prepareDatabase } from './database.js';

/**
 * `npm run migrate` (compiled: `node --conditions=fitflow-dist packages/stack/dist/migrate.js`, the
 * compose `migrate` service): the deploy step that runs before any subgraph serves. With the admin
 * (superuser or database owner) URL in `DATABASE_URL` — embedded PostgreSQL when unset, as `npm start`
 * — it creates each subgraph's roles and schema and runs every pending migration as that subgraph's
 * owner role. Role passwords come from `<SUBGRAPH>_DB_PASSWORD` / `<SUBGRAPH>_DB_OWNER_PASSWORD`
 * (required when `NODE_ENV=production`; devdb `rolePasswordsFromEnv`). The demo tenant is loaded only
 * when asked (`--seed` or `SEED_DEMO=1`) and only into a database without users. Exits 0 when every
 * migration is applied, 1 (with the reason) otherwise.
 */
try {
  const passwords = rolePasswordsFromEnv();
  const seed = process.argv.includes('--seed') || process.env.SEED_DEMO === '1';
  const { seeded } = await withAdminDatabase((adminUrl) => prepareDatabase({ adminUrl, seed: seed ? 'if-empty' : 'never', passwords }));
  console.log(`Migrations applied.${seeded ? ' Empty database: demo tenant loaded.' : ''}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
