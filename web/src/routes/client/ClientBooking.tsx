import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import type { ClientBookableClassesQueryQuery } from '../../__generated__/graphql';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { exerciseText } from '../../components/SessionNoteCard';
import { formatWindow, isLateCancellation } from '../../lib/schedule';
import { browserTimeZone, formatDateTime, formatDay, formatTime, localDay, zoneLabel, zoneOf } from '../../lib/time';

/**
 * A client's own bookings and their trainer's classes: book a place or join the waitlist, cancel
 * their own booking (warned when it is late), read their signed notes. Times are in each session's
 * studio zone, named (docs/time-zones.md: the client's screens show a session where it happens).
 */

const ClientBookableClassesQuery = graphql(`
  query ClientBookableClassesQuery($from: DateTime!, $to: DateTime!) {
    bookableClasses(from: $from, to: $to) {
      id
      startTime
      endTime
      timeZone
      capacity
      placesLeft
      waitlistCount
      classType {
        id
        name
        cancellationWindowMinutes
      }
      studio {
        id
        name
      }
      trainer {
        id
        displayName
      }
      participants {
        id
        status
        waitlistPosition
      }
    }
  }
`);

const ClientBookMutation = graphql(`
  mutation ClientBookMutation($appointmentId: ID!, $clientId: ID!) {
    bookClient(appointmentId: $appointmentId, clientId: $clientId) {
      id
      status
      waitlistPosition
    }
  }
`);

const ClientCancelBookingMutation = graphql(`
  mutation ClientCancelBookingMutation($id: ID!) {
    cancelBooking(id: $id) {
      id
      status
      lateCancellation
    }
  }
`);

const ClientNotesQuery = graphql(`
  query ClientNotesQuery($clientId: ID!) {
    client(id: $clientId) {
      id
      sessionNotes(first: 20) {
        edges {
          node {
            id
            sessionDate
            subjective
            objective
            assessment
            plan
            exercises {
              name
              sets
              reps
              weightKg
            }
            signedAt
            trainer {
              id
              displayName
            }
            addenda {
              id
              text
              createdAt
            }
          }
        }
      }
    }
  }
`);

const REFRESH = { refetchQueries: ['ClientHomeRouteQuery', 'ClientBookableClassesQuery'], awaitRefetchQueries: true };
/** How far ahead the client sees classes to book. */
const AHEAD_DAYS = 28;
type Bookable = ClientBookableClassesQueryQuery['bookableClasses'][number];
const live = (p: { status: string }) => p.status.toLowerCase() !== 'cancelled';

/** One booking of the client's, as the cancel button needs it. */
export interface OwnBooking {
  id: string;
  status: string;
  waitlistPosition: number | null;
}

/** "Waitlisted, position 2" / null for a confirmed booking. */
export const waitlistWords = (b: OwnBooking | undefined) =>
  b && b.status.toLowerCase() === 'waitlisted' ? `On the waitlist, position ${b.waitlistPosition ?? '?'}` : null;

/**
 * "Cancel booking" for the client's own booking, with a confirmation that warns when cancelling now
 * is late (inside the class type's window: the trainer may charge for it).
 */
export function CancelOwnBooking({ booking, startTime, windowMinutes, what }: { booking: OwnBooking; startTime: string; windowMinutes: number; what: string }) {
  const [confirming, setConfirming] = useState(false);
  const [cancel, { loading, error }] = useMutation(ClientCancelBookingMutation, REFRESH);
  const late = booking.status.toLowerCase() === 'confirmed' && isLateCancellation(startTime, windowMinutes);
  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        aria-label={`${booking.status.toLowerCase() === 'waitlisted' ? 'Leave waitlist' : 'Cancel booking'}: ${what}`}
      >
        {booking.status.toLowerCase() === 'waitlisted' ? 'Leave waitlist' : 'Cancel booking'}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={`Cancel my booking: ${what}?`}>
      {late ? (
        <p className="warning">
          This class starts in less than {formatWindow(windowMinutes)}: cancelling now is a late cancellation, and your trainer may charge for it.
        </p>
      ) : (
        <p>Cancel your place? Someone on the waitlist gets it.</p>
      )}
      {error && <ErrorMessage error={error} title="Your booking was not cancelled" />}
      <div className="actions">
        <button
          type="button"
          className="danger-button"
          disabled={loading}
          onClick={() => void cancel({ variables: { id: booking.id } }).catch(() => undefined)}
        >
          {loading ? 'Cancelling…' : late ? 'Cancel anyway' : 'Yes, cancel'}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          Keep my place
        </button>
      </div>
    </div>
  );
}

/** The trainer's upcoming group classes with places, to book or to join the waitlist of. */
export function BookableClasses({ clientId, today }: { clientId: string; today: string }) {
  const [range] = useState(() => ({ from: new Date().toISOString(), to: new Date(Date.now() + AHEAD_DAYS * 86_400_000).toISOString() }));
  const { data, loading, error, refetch } = useQuery(ClientBookableClassesQuery, { variables: range });
  const classes = (data?.bookableClasses ?? []).toSorted((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime));
  return (
    <section className="card" aria-labelledby="classes-title">
      <h2 id="classes-title">Classes you can book</h2>
      <p className="muted">Your trainer’s group classes in the next four weeks. Times are the studio’s local time.</p>
      {!data ? (
        loading ? (
          <Loading label="Loading classes…" />
        ) : (
          <ErrorMessage error={error} title="Classes could not be loaded" onRetry={() => void refetch()} />
        )
      ) : classes.length === 0 ? (
        <Empty>No classes open for booking in the next four weeks.</Empty>
      ) : (
        <ul className="plain-list class-list">
          {classes.map((c) => (
            <BookableClass key={c.id} session={c} clientId={clientId} today={today} />
          ))}
        </ul>
      )}
    </section>
  );
}

function BookableClass({ session: c, clientId, today }: { session: Bookable; clientId: string; today: string }) {
  const [book, { loading, error }] = useMutation(ClientBookMutation, REFRESH);
  const zone = zoneOf(c);
  const day = localDay(c.startTime, zone);
  const mine = c.participants.find(live);
  const what = `${c.classType.name}, ${formatDay(day)} ${formatTime(c.startTime, zone)}`;
  return (
    <li className="bookable">
      <div>
        <strong>{formatDay(day)}</strong>
        {day === today && ' (today)'}{' '}
        <time dateTime={c.startTime}>
          {formatTime(c.startTime, zone)}–{formatTime(c.endTime, zone)}
        </time>{' '}
        <span className="muted">{zoneLabel(zone)}</span>
        <br />
        {c.classType.name} with {c.trainer.displayName}
        {c.studio ? ` at ${c.studio.name}` : ''}
        <br />
        <span className="muted">
          {c.placesLeft > 0 ? `${c.placesLeft} place${c.placesLeft === 1 ? '' : 's'} left` : `Full${c.waitlistCount ? ` · ${c.waitlistCount} waiting` : ''}`}
        </span>
      </div>
      <div className="bookable-action">
        {mine ? (
          <>
            <span className="badge badge-active">{waitlistWords(mine) ?? 'Booked'}</span>
            <CancelOwnBooking booking={mine} startTime={c.startTime} windowMinutes={c.classType.cancellationWindowMinutes} what={what} />
          </>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={loading}
            aria-label={`${c.placesLeft > 0 ? 'Book' : 'Join waitlist'}: ${what}`}
            onClick={() => void book({ variables: { appointmentId: c.id, clientId } }).catch(() => undefined)}
          >
            {loading ? 'Booking…' : c.placesLeft > 0 ? 'Book' : 'Join waitlist'}
          </button>
        )}
        {error && <ErrorMessage error={error} title="You were not booked" />}
      </div>
    </li>
  );
}

/** The client's own signed session notes with their addenda (trainers' private notes are never asked for). */
export function MyNotes({ clientId }: { clientId: string }) {
  const { data, loading, error, refetch } = useQuery(ClientNotesQuery, { variables: { clientId } });
  const notes = (data?.client.sessionNotes.edges ?? []).map((e) => e.node).filter((n) => n.signedAt);
  return (
    <section className="card" aria-labelledby="notes-title">
      <h2 id="notes-title">Your session notes</h2>
      {!data ? (
        loading ? (
          <Loading label="Loading your notes…" />
        ) : (
          <ErrorMessage error={error} title="Your notes could not be loaded" onRetry={() => void refetch()} />
        )
      ) : notes.length === 0 ? (
        <Empty>No notes yet. Your trainer’s notes appear here once signed.</Empty>
      ) : (
        <ol className="notes">
          {notes.map((n) => (
            <li key={n.id} className="note">
              <h3>
                {formatDay(n.sessionDate, { weekday: 'short', month: 'long', day: 'numeric', year: 'numeric' })}
                <span className="muted"> · {n.trainer.displayName}</span>
              </h3>
              <dl className="soap">
                {(
                  [
                    ['What you told us', n.subjective],
                    ['What we saw', n.objective],
                    ['Assessment', n.assessment],
                    ['Plan', n.plan],
                  ] as const
                )
                  .filter(([, text]) => text)
                  .map(([label, text]) => (
                    <div key={label}>
                      <dt>{label}</dt>
                      <dd>{text}</dd>
                    </div>
                  ))}
              </dl>
              {n.exercises.length > 0 && (
                <ul className="exercise-list">
                  {n.exercises.map((e, i) => (
                    <li key={i}>{exerciseText(e)}</li>
                  ))}
                </ul>
              )}
              {n.addenda.map((a) => (
                <p key={a.id} className="addendum">
                  <strong>Added {formatDateTime(a.createdAt, browserTimeZone())}:</strong> {a.text}
                </p>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
