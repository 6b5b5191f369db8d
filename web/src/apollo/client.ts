import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { authFetch, GRAPHQL_PATH } from '../auth/session';
import { idempotencyLink } from './idempotency';
import { persistedOperationLink } from './persisted';

/**
 * One Apollo Client for the app; tokens are added (and refreshed) by {@link authFetch}. Production
 * builds send each operation's id, not its text ({@link persistedOperationLink}). Each mutation
 * carries its own `Idempotency-Key` ({@link idempotencyLink}).
 */
export function createApolloClient() {
  const http = new HttpLink({ uri: GRAPHQL_PATH, fetch: authFetch });
  const persisted = persistedOperationLink();
  return new ApolloClient({
    link: ApolloLink.from([idempotencyLink(), ...(persisted ? [persisted] : []), http]),
    cache: new InMemoryCache({
      typePolicies: {
        // Contracts are keyed by trainer and studio in the supergraph; their id is also unique.
        StudioContract: { keyFields: ['id'] },
        // Value objects without ids: keep them inside their parent.
        Address: { keyFields: false },
        ClassRate: { keyFields: false },
        PageInfo: { keyFields: false },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
