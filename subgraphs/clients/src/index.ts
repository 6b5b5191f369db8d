import { runSubgraph } from '@fitflow/kit';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { buildClientsServer } from './server.js';

await runSubgraph({ name: 'clients', defaultPort: 4103, entities, migrations, build: buildClientsServer });
