import { runSubgraph } from '@fitflow/kit';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { buildSchedulingServer } from './server.js';

await runSubgraph({ name: 'scheduling', defaultPort: 4104, entities, migrations, build: buildSchedulingServer });
