import { loadKeyRing, runSubgraph } from '@fitflow/kit';
import { loadClientsConfig } from './config.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { buildClientsServer } from './server.js';

// runSubgraph serves as the runtime role (DATABASE_URL, fitflow_clients_app), to which row-level
// security applies; migrations ran before, as the owner (`npm run migrate`).
await runSubgraph({
  name: 'clients',
  defaultPort: 4103,
  entities,
  migrations,
  build: (deps) => {
    const config = loadClientsConfig();
    return buildClientsServer({ ...deps, keyRing: loadKeyRing(config), retentionYears: config.CLINICAL_RECORD_RETENTION_YEARS });
  },
});
