import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../__generated__';
import { ClientCard } from '../../components/ClientCard';
import { NewClientForm } from '../../components/NewClientForm';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';

const ClientsRouteQuery = graphql(`
  query ClientsRouteQuery($search: String, $first: Int!, $after: String) {
    clients(search: $search, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...ClientCard_client
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PAGE = 24;

/** The trainer's clients (own and shared), searchable, paged. */
export function ClientsRoute() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [typed, setTyped] = useState(search);
  const [adding, setAdding] = useState(false);
  const searchId = useId();

  // Search as you type, 250 ms after the last keystroke; the URL keeps it (back button, reload).
  useEffect(() => {
    if (typed === search) return;
    const timer = setTimeout(() => setParams((p) => (typed ? p.set('q', typed) : p.delete('q'), p), { replace: true }), 250);
    return () => clearTimeout(timer);
  }, [typed, search, setParams]);

  const { data, loading, error, refetch, fetchMore } = useQuery(ClientsRouteQuery, {
    variables: { search: search || null, first: PAGE },
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const edges = data?.clients.edges ?? [];

  async function loadMore() {
    if (!data?.clients.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: data.clients.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          clients: { ...fetchMoreResult.clients, edges: [...(previous.clients?.edges ?? []), ...fetchMoreResult.clients.edges] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <div className="page-head">
        <h1>Clients</h1>
        <button type="button" onClick={() => setAdding((a) => !a)} aria-expanded={adding}>
          {adding ? 'Cancel' : 'Add a client'}
        </button>
      </div>
      {adding && <NewClientForm onCancel={() => setAdding(false)} />}
      <form role="search" className="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={searchId}>Search clients</label>
        <input id={searchId} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="Name or email" />
      </form>
      {!data ? (
        loading ? (
          <Loading label="Loading clients…" />
        ) : (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        )
      ) : (
        <>
          {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
          {edges.length === 0 ? (
            <Empty>{search ? `No clients match “${search}”.` : 'You have no clients yet.'}</Empty>
          ) : (
            <ul className="grid cards" aria-label="Clients" aria-busy={loading}>
              {edges.map((edge) => (
                <li key={edge.node.id}>
                  <ClientCard client={edge.node} />
                </li>
              ))}
            </ul>
          )}
          {data.clients.pageInfo.hasNextPage && (
            <button type="button" onClick={() => void loadMore()} disabled={loadingMore}>
              {loadingMore ? 'Loading…' : 'Show more clients'}
            </button>
          )}
        </>
      )}
    </>
  );
}
