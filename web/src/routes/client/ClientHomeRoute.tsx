import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../__generated__';
import type { AccessorRole, ClientHomeRouteQueryQuery } from '../../__generated__/graphql';
import { PhoneLink } from '../../components/PhoneLink';
import { Empty, ErrorMessage, Loading, NotFoundOrNoAccess } from '../../components/StateViews';
import { isNotFound } from '../../lib/errors';
import { browserTimeZone, formatDay, formatTime, localDay, todayIn, zoneLabel, zoneOf } from '../../lib/time';
import { BookableClasses, CancelOwnBooking, MyNotes, waitlistWords } from './ClientBooking';

/**
 * A client's home: their next sessions (with their waitlist place), their trainer's classes to book,
 * their signed notes, who read their record, and their data export. Everything here is the client's
 * own (the API gives a client only their own record, bookings, notes and access log).
 */
const ClientHomeRouteQuery = graphql(`
  query ClientHomeRouteQuery($clientId: ID!) {
    client(id: $clientId) {
      id
      displayName
      email
      phone
      trainer {
        id
        displayName
      }
      upcomingAppointments(first: 10) {
        id
        startTime
        endTime
        status
        timeZone
        classType {
          id
          name
          cancellationWindowMinutes
        }
        trainer {
          id
          displayName
        }
        studio {
          id
          name
        }
        participants {
          id
          status
          waitlistPosition
        }
      }
    }
    myAccessLog(first: 50) {
      edges {
        node {
          id
          accessedAt
          resourceType
          action
          purpose
          accessorRole
          trainer {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

const ClientHomeExportMutation = graphql(`
  mutation ClientHomeExportMutation($clientId: ID!) {
    exportClientData(clientId: $clientId)
  }
`);

type Client = ClientHomeRouteQueryQuery['client'];
type Access = ClientHomeRouteQueryQuery['myAccessLog']['edges'][number]['node'];

const ROLE_WORDS: Record<AccessorRole, string> = {
  CLIENT: 'You',
  TRAINER: 'Trainer',
  TRAINER_ADMIN: 'Trainer Admin',
  SUPER_ADMIN: 'Super Admin',
};
const RESOURCE_WORDS: Record<string, string> = { client: 'your profile', session_note: 'a session note', training_plan: 'a training plan' };
const PURPOSE_WORDS: Record<string, string> = { treatment: 'Your training', self: 'Your own visit', break_glass: 'Emergency access (reason recorded)' };

/** "Maya Chen, Trainer Admin"; "You"; "FitFlow support, Super Admin". */
export function accessorName(entry: Pick<Access, 'accessorRole' | 'trainer'>): string {
  if (entry.accessorRole === 'CLIENT') return 'You';
  const who = entry.trainer?.displayName ?? (entry.accessorRole === 'SUPER_ADMIN' ? 'FitFlow support' : 'A FitFlow user');
  return `${who}, ${ROLE_WORDS[entry.accessorRole]}`;
}

/** Saves `data` as a JSON file in the browser's downloads. */
function downloadJson(data: unknown, fileName: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ClientHomeRoute({ clientId }: { clientId: string }) {
  const { data, loading, error, refetch } = useQuery(ClientHomeRouteQuery, { variables: { clientId } });
  if (!data) {
    return (
      <>
        <h1>Your FitFlow</h1>
        {loading ? (
          <Loading label="Loading your sessions…" />
        ) : isNotFound(error) ? (
          <NotFoundOrNoAccess title="Your record was not found">Your client record is no longer available. Contact your trainer.</NotFoundOrNoAccess>
        ) : (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        )}
      </>
    );
  }
  const { client } = data;
  return (
    <div className="client-home">
      <h1>Hello, {client.displayName}</h1>
      {error && <ErrorMessage error={error} title="Could not refresh" onRetry={() => void refetch()} />}
      <UpcomingSessions client={client} />
      <BookableClasses clientId={client.id} today={todayIn(browserTimeZone())} />
      <MyNotes clientId={client.id} />
      <section className="card" aria-labelledby="details-title">
        <h2 id="details-title">Your details</h2>
        <dl className="stats">
          <div>
            <dt>Trainer</dt>
            <dd>{client.trainer.displayName}</dd>
          </div>
          <div>
            <dt>Phone</dt>
            <dd>{client.phone ? <PhoneLink phone={client.phone} /> : '—'}</dd>
          </div>
          <div>
            <dt>Email</dt>
            <dd>{client.email ?? '—'}</dd>
          </div>
        </dl>
      </section>
      <AccessLog entries={data.myAccessLog.edges.map((e) => e.node)} more={data.myAccessLog.pageInfo.hasNextPage} />
      <DataExport clientId={client.id} />
    </div>
  );
}

function UpcomingSessions({ client }: { client: Client }) {
  const sessions = client.upcomingAppointments;
  return (
    <section className="card" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">Your upcoming sessions</h2>
      {sessions.length === 0 ? (
        <Empty>No sessions booked. Book a class below, or ask your trainer.</Empty>
      ) : (
        <ul className="plain-list session-list">
          {sessions.map((a) => {
            const zone = zoneOf(a);
            const mine = a.participants.find((p) => p.status.toLowerCase() !== 'cancelled');
            const waiting = waitlistWords(mine);
            return (
              <li key={a.id} className="upcoming">
                <div>
                  <strong>{formatDay(localDay(a.startTime, zone))}</strong>{' '}
                  <time dateTime={a.startTime}>
                    {formatTime(a.startTime, zone)}–{formatTime(a.endTime, zone)}
                  </time>{' '}
                  <span className="muted">{zoneLabel(zone)}</span>
                  <br />
                  {a.classType.name} with {a.trainer.displayName}
                  {a.studio ? ` at ${a.studio.name}` : ' (online or at your place)'}
                  {waiting && (
                    <>
                      {' '}
                      <span className="badge badge-draft">{waiting}</span>
                    </>
                  )}
                </div>
                {mine && (
                  <div className="upcoming-action">
                    <CancelOwnBooking
                      booking={mine}
                      startTime={a.startTime}
                      windowMinutes={a.classType.cancellationWindowMinutes}
                      what={`${a.classType.name}, ${formatDay(localDay(a.startTime, zone))} ${formatTime(a.startTime, zone)}`}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function AccessLog({ entries, more }: { entries: Access[]; more: boolean }) {
  const [withOwn, setWithOwn] = useState(false);
  const toggleId = useId();
  const zone = browserTimeZone();
  const shown = withOwn ? entries : entries.filter((e) => e.accessorRole !== 'CLIENT');
  return (
    <section className="card" aria-labelledby="access-title">
      <h2 id="access-title">Who accessed your record</h2>
      <p className="muted">Every time someone opens or exports your record, FitFlow writes it down. Newest first; times in {zoneLabel(zone)}.</p>
      <div className="field inline">
        <input id={toggleId} type="checkbox" checked={withOwn} onChange={(e) => setWithOwn(e.target.checked)} />
        <label htmlFor={toggleId}>Include my own visits</label>
      </div>
      {shown.length === 0 ? (
        <Empty>{withOwn ? 'Nobody has opened your record yet.' : 'Nobody but you has opened your record recently.'}</Empty>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Access log">
          <table className="access-log">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.accessedAt}>
                      {formatDay(localDay(e.accessedAt, zone))}, {formatTime(e.accessedAt, zone)}
                    </time>
                  </td>
                  <td>{accessorName(e)}</td>
                  <td>
                    {e.action === 'export' ? 'Exported' : 'Viewed'} {RESOURCE_WORDS[e.resourceType] ?? 'your record'}
                  </td>
                  <td>{PURPOSE_WORDS[e.purpose] ?? e.purpose}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more && <p className="notice">Showing the 50 most recent accesses. Your data export lists them all.</p>}
    </section>
  );
}

function DataExport({ clientId }: { clientId: string }) {
  const [exportData, { loading, error }] = useMutation(ClientHomeExportMutation);
  const [done, setDone] = useState(false);
  async function onExport() {
    setDone(false);
    const { data } = await exportData({ variables: { clientId } }).catch(() => ({ data: undefined }));
    if (!data) return;
    downloadJson(data.exportClientData, `fitflow-my-data-${localDay(new Date(), browserTimeZone())}.json`);
    setDone(true);
  }
  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">Your data</h2>
      <p>Download everything FitFlow holds about you — profile, session notes, plans and this access log — as one JSON file.</p>
      {error && <ErrorMessage error={error} title="The export did not complete" />}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void onExport()} disabled={loading}>
          {loading ? 'Preparing…' : 'Download my data'}
        </button>
        {done && (
          <span role="status" className="muted">
            Downloaded.
          </span>
        )}
      </div>
    </section>
  );
}
