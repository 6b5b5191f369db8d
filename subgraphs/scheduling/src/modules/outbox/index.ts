import { defineModule } from '@fitflow/kit';
import { OutboxEntity } from './outbox.entity.js';

/**
 * The transactional outbox (`scheduling.outbox`): events to tell clients about, written through
 * `tx.outbox.record(…)` in the same transaction as the change. No GraphQL fields.
 */
export const outboxModule = defineModule({
  name: 'outbox',
  entities: [OutboxEntity],
});
