import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { SecurityEventsTable } from './SecurityEventsTable';

const AccountSecurityRouteQuery = graphql(`
  query AccountSecurityRouteQuery($after: String) {
    me {
      id
      displayName
      mfaEnabled
      securityEvents(first: 25, after: $after) {
        edges {
          node {
            id
            ...SecurityEventsTable_event
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** Every signed-in user's own security log: sign-ins, wrong passwords, slow-downs, support actions. */
export function AccountSecurityRoute() {
  const { data, loading, error, refetch, fetchMore } = useQuery(AccountSecurityRouteQuery, { notifyOnNetworkStatusChange: true });
  if (!data) {
    return (
      <>
        <h1>Security</h1>
        {loading ? (
          <Loading label="Loading your security log…" />
        ) : (
          <ErrorMessage error={error} title="Could not load your security log" onRetry={() => void refetch()} />
        )}
      </>
    );
  }
  const { securityEvents } = data.me;
  const more = () =>
    void fetchMore({
      variables: { after: securityEvents.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        me: {
          ...fetchMoreResult.me,
          securityEvents: { ...fetchMoreResult.me.securityEvents, edges: [...previous.me.securityEvents.edges, ...fetchMoreResult.me.securityEvents.edges] },
        },
      }),
    });
  return (
    <>
      <h1>Security</h1>
      <p className="lede">
        Every sign-in to your account, every wrong password, and anything FitFlow support did to it. If you see a sign-in you do not recognise, change your
        password
        {data.me.mfaEnabled ? '.' : ' and turn on two-factor authentication.'}
      </p>
      <p className="hint">
        After several wrong passwords from one place, FitFlow makes that place wait before it may try again. Your account is never locked: signing in from a
        device you have used before, or with your authenticator code, still works.
      </p>
      {error && <ErrorMessage error={error} title="Could not load more" />}
      <h2>Your security log</h2>
      {securityEvents.edges.length === 0 ? (
        <Empty>Nothing yet.</Empty>
      ) : (
        <SecurityEventsTable events={securityEvents.edges.map((e) => e.node)} label="Your security log" />
      )}
      {securityEvents.pageInfo.hasNextPage && (
        <p>
          <button type="button" onClick={more} disabled={loading}>
            {loading ? 'Loading…' : 'Show older events'}
          </button>
        </p>
      )}
    </>
  );
}
