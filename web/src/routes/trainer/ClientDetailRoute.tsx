import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__';
import { SessionNoteCard } from '../../components/SessionNoteCard';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { StatusBadge } from '../../components/StatusBadge';
import { describeError } from '../../lib/errors';
import { classColor, formatDay, localDay, sessionTimes } from '../../lib/time';
import { useTrainerZone } from './useTrainerZone';

const ClientDetailRouteQuery = graphql(`
  query ClientDetailRouteQuery($id: ID!, $notesAfter: String) {
    client(id: $id) {
      id
      displayName
      email
      phone
      dateOfBirth
      status
      source
      goals
      emergencyContact {
        name
        phone
        relationship
      }
      medicalInfo {
        conditions
        medications
        allergies
      }
      upcomingAppointments(first: 5) {
        id
        startTime
        timeZone
        status
        classType {
          id
          name
          color
        }
        studio {
          id
          name
        }
      }
      sessionNotes(first: 10, after: $notesAfter) {
        edges {
          cursor
          node {
            id
            ...SessionNoteCard_sessionNote
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

/** One client: profile, upcoming sessions, and the history of SOAP session notes. */
export function ClientDetailRoute() {
  const { clientId = '' } = useParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(ClientDetailRouteQuery, { variables: { id: clientId } });
  const [loadingMore, setLoadingMore] = useState(false);
  const { home } = useTrainerZone();

  if (!data) {
    const notFound = error && describeError(error).some((e) => e.code === 'NOT_FOUND');
    return (
      <>
        <p>
          <Link to="/trainer/clients">← All clients</Link>
        </p>
        {loading ? (
          <Loading label="Loading client…" />
        ) : notFound ? (
          <>
            <h1>Client not found</h1>
            <Empty>This client does not exist or is not one of yours.</Empty>
          </>
        ) : (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        )}
      </>
    );
  }
  const client = data.client;
  const notes = client.sessionNotes;

  async function loadMoreNotes() {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { notesAfter: notes.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          client: {
            ...fetchMoreResult.client,
            sessionNotes: {
              ...fetchMoreResult.client.sessionNotes,
              edges: [...(previous.client?.sessionNotes.edges ?? []), ...fetchMoreResult.client.sessionNotes.edges],
            },
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  const medical = client.medicalInfo;
  return (
    <>
      <p>
        <Link to="/trainer/clients">← All clients</Link>
      </p>
      <div className="page-head">
        <h1>{client.displayName}</h1>
        <StatusBadge status={client.status} />
      </div>
      {error && <ErrorMessage error={error} title="Could not refresh" onRetry={() => void refetch()} />}
      <div className="grid grid-2">
        <section className="card" aria-labelledby="profile-title">
          <h2 id="profile-title">Profile</h2>
          <dl className="details">
            <div>
              <dt>Email</dt>
              <dd>{client.email ?? '—'}</dd>
            </div>
            <div>
              <dt>Phone</dt>
              <dd className="nowrap">{client.phone ?? '—'}</dd>
            </div>
            <div>
              <dt>Date of birth</dt>
              <dd>{client.dateOfBirth ? formatDay(client.dateOfBirth, { month: 'long', day: 'numeric', year: 'numeric' }) : '—'}</dd>
            </div>
            <div>
              <dt>Goals</dt>
              <dd>{client.goals ?? '—'}</dd>
            </div>
            <div>
              <dt>Emergency contact</dt>
              <dd>
                {client.emergencyContact ? (
                  <>
                    {client.emergencyContact.name} ({client.emergencyContact.relationship}), <span className="nowrap">{client.emergencyContact.phone}</span>
                  </>
                ) : (
                  '—'
                )}
              </dd>
            </div>
            <div>
              <dt>Conditions</dt>
              <dd>{medical.conditions.join(', ') || 'None recorded'}</dd>
            </div>
            <div>
              <dt>Medications</dt>
              <dd>{medical.medications.join(', ') || 'None recorded'}</dd>
            </div>
            <div>
              <dt>Allergies</dt>
              <dd>{medical.allergies.join(', ') || 'None recorded'}</dd>
            </div>
          </dl>
        </section>
        <section className="card" aria-labelledby="upcoming-title">
          <h2 id="upcoming-title">Upcoming sessions</h2>
          {client.upcomingAppointments.length === 0 ? (
            <Empty>Nothing booked.</Empty>
          ) : !home ? (
            <Loading label="Loading sessions…" />
          ) : (
            <ul className="session-list">
              {client.upcomingAppointments.map((a) => {
                const times = sessionTimes(a.startTime, null, home.zone, a.timeZone);
                return (
                  <li key={a.id}>
                    <span className="swatch" style={{ background: classColor(a.classType.color) }} aria-hidden="true" />
                    <time dateTime={a.startTime}>
                      {formatDay(localDay(a.startTime, home.zone))}, {times.home}
                    </time>{' '}
                    {a.classType.name}
                    {a.studio && <span className="muted"> at {a.studio.name}</span>}
                    {times.local && <span className="local-time">{times.local}</span>}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">Session notes</h2>
        {notes.edges.length === 0 ? (
          <Empty>No session notes yet.</Empty>
        ) : (
          <ol className="notes">
            {notes.edges.map((edge) => (
              <li key={edge.node.id}>
                <SessionNoteCard note={edge.node} />
              </li>
            ))}
          </ol>
        )}
        {notes.pageInfo.hasNextPage && (
          <button type="button" onClick={() => void loadMoreNotes()} disabled={loadingMore}>
            {loadingMore ? 'Loading…' : 'Show older notes'}
          </button>
        )}
      </section>
    </>
  );
}
