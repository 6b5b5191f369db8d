import { runSubgraph } from '@fitflow/kit';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { buildStudiosServer } from './server.js';

await runSubgraph({ name: 'studios', defaultPort: 4102, entities, migrations, build: buildStudiosServer });
