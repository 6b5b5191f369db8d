import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { authFetch, GRAPHQL_PATH } from '../auth/session';

/** One Apollo Client for the app; tokens are added (and refreshed) by {@link authFetch}. */
export function createApolloClient() {
  return new ApolloClient({
    link: new HttpLink({ uri: GRAPHQL_PATH, fetch: authFetch }),
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
