import { runSubgraph } from '@fitflow/kit';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { buildFinanceServer } from './server.js';

await runSubgraph({ name: 'finance', defaultPort: 4105, entities, migrations, build: buildFinanceServer });
