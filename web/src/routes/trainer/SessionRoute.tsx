import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../__generated__';
import type { SessionRouteQueryQuery } from '../../__generated__/graphql';
import { ClashList } from '../../components/ClashList';
import { SessionNoteEditor } from '../../components/SessionNoteEditor';
import { ErrorMessage, Loading, NotFoundOrNoAccess } from '../../components/StateViews';
import { StatusBadge } from '../../components/StatusBadge';
import { isNotFound } from '../../lib/errors';
import { formatWindow, isLateCancellation, localToUtc } from '../../lib/schedule';
import { classColor, formatDay, formatDateTime, formatTime, localDay, sessionTimes, zoneLabel } from '../../lib/time';
import { MAX_DURATION } from './NewSessionForm';
import { useScheduleSetup } from './useScheduleSetup';
import { useTrainerZone } from './useTrainerZone';

const SessionRouteQuery = graphql(`
  query SessionRouteQuery($id: ID!) {
    appointment(id: $id) {
      id
      startTime
      endTime
      timeZone
      status
      locationType
      locationDetails
      cancellationReason
      capacity
      placesLeft
      waitlistCount
      headCount
      recurrenceId
      series {
        id
        rrule
      }
      classType {
        id
        name
        color
        category
        cancellationWindowMinutes
      }
      studio {
        id
        name
        timeZone
      }
      trainer {
        id
        displayName
      }
      participants {
        id
        status
        attended
        waitlistPosition
        lateCancellation
        bookedAt
        cancelledAt
        client {
          id
          displayName
        }
      }
    }
  }
`);

const SessionClientsQuery = graphql(`
  query SessionClientsQuery {
    me {
      id
      trainer {
        id
        clients(first: 100) {
          edges {
            node {
              id
              displayName
              status
            }
          }
        }
      }
    }
  }
`);

const BookClientMutation = graphql(`
  mutation BookClientMutation($appointmentId: ID!, $clientId: ID!) {
    bookClient(appointmentId: $appointmentId, clientId: $clientId) {
      id
      status
      waitlistPosition
    }
  }
`);

const CancelBookingMutation = graphql(`
  mutation CancelBookingMutation($id: ID!) {
    cancelBooking(id: $id) {
      id
      status
      lateCancellation
    }
  }
`);

const MarkAttendanceMutation = graphql(`
  mutation MarkAttendanceMutation($appointmentId: ID!, $attendance: [AttendanceInput!]!) {
    markAttendance(appointmentId: $appointmentId, attendance: $attendance) {
      id
      attended
    }
  }
`);

const CompleteSessionMutation = graphql(`
  mutation CompleteSessionMutation($id: ID!) {
    completeAppointment(id: $id) {
      id
      status
    }
  }
`);

const RescheduleMutation = graphql(`
  mutation RescheduleMutation($id: ID!, $input: RescheduleAppointmentInput!) {
    rescheduleAppointment(id: $id, input: $input) {
      id
      startTime
      endTime
    }
  }
`);

const CancelSessionMutation = graphql(`
  mutation CancelSessionMutation($id: ID!, $reason: String!) {
    cancelAppointment(id: $id, reason: $reason) {
      id
      status
      cancellationReason
    }
  }
`);

const CancelSeriesFromMutation = graphql(`
  mutation CancelSeriesFromMutation($appointmentId: ID!, $reason: String!) {
    cancelSeriesFrom(appointmentId: $appointmentId, reason: $reason) {
      id
      status
    }
  }
`);

type Session = SessionRouteQueryQuery['appointment'];
type Participant = Session['participants'][number];
const REFRESH = { refetchQueries: ['SessionRouteQuery', 'CalendarRouteQuery'], awaitRefetchQueries: true };
const statusOf = (p: Participant) => p.status.toLowerCase();

/**
 * One session, opened from the calendar: when and where (the trainer's time, the studio's beside it),
 * capacity, the confirmed list and the waitlist with positions; book a client, cancel a booking,
 * reschedule, cancel the session (with a reason; a weekly class can be cancelled from here on), take
 * attendance and complete it, then write and sign each attending client's SOAP note.
 */
export function SessionRoute() {
  const { sessionId = '' } = useParams();
  const zone = useTrainerZone();
  const { data, loading, error, refetch } = useQuery(SessionRouteQuery, { variables: { id: sessionId } });
  if (!data || !zone.home) {
    return (
      <>
        <p>
          <Link to="/trainer/calendar">← Calendar</Link>
        </p>
        {loading || zone.loading ? (
          <Loading label="Loading the session…" />
        ) : isNotFound(error) ? (
          <NotFoundOrNoAccess title="Session not found" back={<Link to="/trainer/calendar">Back to your calendar</Link>}>
            This session does not exist, or it is not on your calendar.
          </NotFoundOrNoAccess>
        ) : (
          <ErrorMessage error={error ?? zone.error} onRetry={() => void refetch()} />
        )}
      </>
    );
  }
  return <Session session={data.appointment} homeZone={zone.home.zone} />;
}

function Session({ session: s, homeZone }: { session: Session; homeZone: string }) {
  const times = sessionTimes(s.startTime, s.endTime, homeZone, s.timeZone);
  const day = localDay(s.startTime, homeZone);
  const ended = Date.parse(s.endTime) <= Date.now();
  const scheduled = s.status === 'SCHEDULED';
  const confirmed = s.participants.filter((p) => statusOf(p) === 'confirmed');
  const waitlist = s.participants.filter((p) => statusOf(p) === 'waitlisted').toSorted((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  const attended = confirmed.filter((p) => p.attended === true);
  const place = s.studio ? s.studio.name : s.locationType.toLowerCase() === 'online' ? 'Online' : 'At the client’s location';

  return (
    <div className="session-page">
      <p>
        <Link to={`/trainer/calendar?view=day&date=${day}`}>← {formatDay(day, { weekday: 'long', month: 'long', day: 'numeric' })}</Link>
      </p>
      <div className="page-head">
        <h1>
          <span className="swatch" style={{ background: classColor(s.classType.color) }} aria-hidden="true" />
          {s.classType.name}
        </h1>
        {!scheduled && <StatusBadge status={s.status} />}
      </div>
      <dl className="details session-facts">
        <div>
          <dt>When</dt>
          <dd>
            {formatDay(day, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' })}, <time dateTime={s.startTime}>{times.home}</time>
            {times.local ? <span className="local-time">{times.local}</span> : ` ${zoneLabel(homeZone)}`}
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            {place}
            {s.locationDetails && <span className="cell-note">{s.locationDetails}</span>}
          </dd>
        </div>
        <div>
          <dt>Places</dt>
          <dd>
            {s.headCount} of {s.capacity} booked
            {s.placesLeft > 0 ? ` · ${s.placesLeft} left` : ' · full'}
            {s.waitlistCount > 0 && ` · ${s.waitlistCount} on the waitlist`}
          </dd>
        </div>
        {s.series && (
          <div>
            <dt>Repeats</dt>
            <dd>Part of a weekly class</dd>
          </div>
        )}
        {s.cancellationReason && (
          <div>
            <dt>Cancelled because</dt>
            <dd>{s.cancellationReason}</dd>
          </div>
        )}
      </dl>

      <Bookings session={s} confirmed={confirmed} waitlist={waitlist} />
      {(scheduled || s.status === 'COMPLETED') && confirmed.length > 0 && <Attendance session={s} confirmed={confirmed} ended={ended} homeZone={homeZone} />}
      {s.status === 'COMPLETED' || attended.length > 0 ? (
        <section className="card" aria-labelledby="notes-title">
          <h2 id="notes-title">Session notes</h2>
          {attended.length === 0 ? (
            <p className="state state-empty">Nobody attended, so there is no note to write.</p>
          ) : (
            attended.map((p) => (
              <SessionNoteEditor
                key={p.id}
                appointmentId={s.id}
                sessionDate={localDay(s.startTime, s.timeZone ?? homeZone)}
                clientId={p.client.id}
                clientName={p.client.displayName}
                homeZone={homeZone}
              />
            ))
          )}
        </section>
      ) : null}
      {scheduled && <ChangeSession session={s} homeZone={homeZone} />}
    </div>
  );
}

function Bookings({ session: s, confirmed, waitlist }: { session: Session; confirmed: Participant[]; waitlist: Participant[] }) {
  const scheduled = s.status === 'SCHEDULED';
  return (
    <section className="card" aria-labelledby="bookings-title">
      <h2 id="bookings-title">Bookings</h2>
      <h3 id="confirmed-title">
        Confirmed ({confirmed.length} of {s.capacity})
      </h3>
      {confirmed.length === 0 ? (
        <p className="state state-empty">Nobody is booked yet.</p>
      ) : (
        <ul className="plain-list booking-list" aria-labelledby="confirmed-title">
          {confirmed.map((p) => (
            <BookingRow key={p.id} participant={p} session={s} />
          ))}
        </ul>
      )}
      <h3 id="waitlist-title">Waitlist</h3>
      {waitlist.length === 0 ? (
        <p className="hint">Nobody is waiting. When the class is full, the next client booked joins the waitlist.</p>
      ) : (
        <ol className="plain-list booking-list" aria-labelledby="waitlist-title">
          {waitlist.map((p) => (
            <BookingRow key={p.id} participant={p} session={s} />
          ))}
        </ol>
      )}
      {scheduled && <BookClient session={s} />}
    </section>
  );
}

function BookingRow({ participant: p, session: s }: { participant: Participant; session: Session }) {
  const [confirming, setConfirming] = useState(false);
  const [cancel, { loading, error }] = useMutation(CancelBookingMutation, REFRESH);
  const late = isLateCancellation(s.startTime, s.classType.cancellationWindowMinutes);
  const waitlisted = statusOf(p) === 'waitlisted';
  return (
    <li className="booking">
      <span className="booking-name">
        {waitlisted && <span className="position">{p.waitlistPosition ?? '–'}.</span>}
        <Link to={`/trainer/clients/${p.client.id}`}>{p.client.displayName}</Link>
        {p.attended === true && <span className="badge badge-active">Attended</span>}
        {p.attended === false && <span className="badge badge-no_show">No-show</span>}
      </span>
      {s.status === 'SCHEDULED' &&
        (confirming ? (
          <span className="confirm" role="group" aria-label={`Cancel ${p.client.displayName}’s booking?`}>
            {late && !waitlisted && (
              <span className="warning">Inside the {formatWindow(s.classType.cancellationWindowMinutes)} window: recorded as a late cancellation.</span>
            )}
            <button type="button" className="danger-button" disabled={loading} onClick={() => void cancel({ variables: { id: p.id } }).catch(() => undefined)}>
              {loading ? 'Cancelling…' : 'Yes, cancel booking'}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirming(true)} aria-label={`Cancel booking: ${p.client.displayName}`}>
            Cancel booking
          </button>
        ))}
      {error && <ErrorMessage error={error} title="The booking was not cancelled" />}
    </li>
  );
}

function BookClient({ session: s }: { session: Session }) {
  const id = useId();
  const clients = useQuery(SessionClientsQuery, { fetchPolicy: 'cache-first' });
  const [clientId, setClientId] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [book, { loading, error, reset }] = useMutation(BookClientMutation, REFRESH);
  const booked = new Set(s.participants.filter((p) => statusOf(p) !== 'cancelled').map((p) => p.client.id));
  const choices = (clients.data?.me.trainer?.clients.edges ?? []).map((e) => e.node).filter((c) => c.status.toUpperCase() === 'ACTIVE' && !booked.has(c.id));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    setResult(null);
    if (!clientId) return setProblem('Choose a client to book.');
    setProblem(null);
    const name = choices.find((c) => c.id === clientId)?.displayName ?? 'The client';
    const { data } = await book({ variables: { appointmentId: s.id, clientId } }).catch(() => ({ data: undefined }));
    if (!data) return;
    setClientId('');
    const b = data.bookClient;
    setResult(
      b.status.toLowerCase() === 'waitlisted' ? `The class is full: ${name} is on the waitlist, position ${b.waitlistPosition ?? '?'}.` : `${name} is booked.`,
    );
  }

  return (
    <form className="form book-client" onSubmit={onSubmit} noValidate>
      <h3>Book a client</h3>
      {clients.error && <ErrorMessage error={clients.error} title="Your clients could not be loaded" onRetry={() => void clients.refetch()} />}
      <div className="inline-form">
        <div className="field">
          <label htmlFor={`${id}-client`}>Client</label>
          <select
            id={`${id}-client`}
            value={clientId}
            onChange={(e) => setClientId(e.target.value)}
            aria-invalid={!!problem}
            aria-describedby={problem ? `${id}-client-error` : undefined}
            disabled={clients.loading}
          >
            <option value="">{clients.loading ? 'Loading your clients…' : 'Choose a client'}</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.displayName}
              </option>
            ))}
          </select>
          {problem && (
            <p id={`${id}-client-error`} className="field-error">
              {problem}
            </p>
          )}
        </div>
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Booking…' : s.placesLeft > 0 ? 'Book' : 'Add to waitlist'}
        </button>
      </div>
      {s.placesLeft === 0 && <p className="hint">The class is full: a client booked now joins the waitlist and is booked when a place frees up.</p>}
      {error && <ErrorMessage error={error} title="The client was not booked" />}
      <p role="status" className="muted">
        {result}
      </p>
    </form>
  );
}

function Attendance({ session: s, confirmed, ended, homeZone }: { session: Session; confirmed: Participant[]; ended: boolean; homeZone: string }) {
  const id = useId();
  const [marks, setMarks] = useState<Record<string, boolean>>(() => Object.fromEntries(confirmed.map((p) => [p.client.id, p.attended !== false])));
  const [saved, setSaved] = useState<string | null>(null);
  const [mark, marking] = useMutation(MarkAttendanceMutation, REFRESH);
  const [complete, completing] = useMutation(CompleteSessionMutation, REFRESH);
  const completed = s.status === 'COMPLETED';
  const busy = marking.loading || completing.loading;

  async function save(andComplete: boolean) {
    setSaved(null);
    const attendance = confirmed.map((p) => ({ clientId: p.client.id, attended: marks[p.client.id] ?? true }));
    const done = await mark({ variables: { appointmentId: s.id, attendance } }).catch(() => null);
    if (!done?.data) return;
    if (!andComplete) return setSaved('Attendance saved.');
    const finished = await complete({ variables: { id: s.id } }).catch(() => null);
    if (finished?.data) setSaved('Session completed. Write the notes below.');
  }

  if (!ended) {
    return (
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Attendance</h2>
        <p className="hint">
          Attendance opens when the session ends, at {formatTime(s.endTime, homeZone)} {zoneLabel(homeZone)}.
        </p>
      </section>
    );
  }
  return (
    <form className="card form attendance" onSubmit={(e) => (e.preventDefault(), void save(false))} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Attendance</h2>
      <fieldset disabled={completed}>
        <legend className="hint">Tick who came; anyone left unticked is a no-show.</legend>
        <ul className="attendance-list">
          {confirmed.map((p) => (
            <li key={p.id}>
              <label className="check-row">
                <input type="checkbox" checked={marks[p.client.id] ?? true} onChange={(e) => setMarks((m) => ({ ...m, [p.client.id]: e.target.checked }))} />
                <span>{p.client.displayName}</span>
                <span className="check-state">{(marks[p.client.id] ?? true) ? 'Attended' : 'No-show'}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {marking.error && <ErrorMessage error={marking.error} title="Attendance was not saved" />}
      {completing.error && <ErrorMessage error={completing.error} title="Attendance was saved, but the session was not completed" />}
      {completed ? (
        <p className="muted">This session is completed; its attendance is what invoicing bills from.</p>
      ) : (
        <div className="actions">
          <button type="submit" disabled={busy}>
            Save attendance
          </button>
          <button type="button" className="primary" disabled={busy} onClick={() => void save(true)}>
            {busy ? 'Saving…' : 'Complete session'}
          </button>
        </div>
      )}
      <p role="status" className="muted">
        {saved}
      </p>
    </form>
  );
}

function ChangeSession({ session: s, homeZone }: { session: Session; homeZone: string }) {
  const [open, setOpen] = useState<'reschedule' | 'cancel' | null>(null);
  return (
    <section className="card" aria-labelledby="change-title">
      <h2 id="change-title">Change this session</h2>
      <div className="actions">
        <button type="button" aria-expanded={open === 'reschedule'} onClick={() => setOpen(open === 'reschedule' ? null : 'reschedule')}>
          Reschedule
        </button>
        <button type="button" aria-expanded={open === 'cancel'} onClick={() => setOpen(open === 'cancel' ? null : 'cancel')}>
          Cancel session
        </button>
      </div>
      {open === 'reschedule' && <Reschedule session={s} homeZone={homeZone} onDone={() => setOpen(null)} />}
      {open === 'cancel' && <CancelSession session={s} />}
    </section>
  );
}

function Reschedule({ session: s, homeZone, onDone }: { session: Session; homeZone: string; onDone(): void }) {
  const id = useId();
  const setup = useScheduleSetup();
  const studioZone = s.timeZone ?? homeZone;
  const [zoneChoice, setZoneChoice] = useState<'home' | 'studio'>(studioZone === homeZone ? 'home' : 'studio');
  const readZone = zoneChoice === 'studio' ? studioZone : homeZone;
  const [date, setDate] = useState(localDay(s.startTime, readZone));
  const [time, setTime] = useState(formatTime(s.startTime, readZone));
  const [duration, setDuration] = useState(String(Math.round((Date.parse(s.endTime) - Date.parse(s.startTime)) / 60_000)));
  const [problem, setProblem] = useState<string | null>(null);
  const [reschedule, { loading, error }] = useMutation(RescheduleMutation, REFRESH);
  const instant = localToUtc(date, time, readZone);
  // Switching zones keeps the instant typed so far and shows it in the other zone's clock.
  function chooseZone(next: 'home' | 'studio') {
    const nextZone = next === 'studio' ? studioZone : homeZone;
    const at = instant.ok ? instant.utc : s.startTime;
    setZoneChoice(next);
    setDate(localDay(at, nextZone));
    setTime(formatTime(at, nextZone));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!instant.ok) return setProblem(instant.problem);
    const minutes = Number(duration);
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > MAX_DURATION) return setProblem(`Enter a duration from 5 to ${MAX_DURATION} minutes.`);
    setProblem(null);
    const done = await reschedule({ variables: { id: s.id, input: { startTime: instant.utc, durationMinutes: minutes } } }).catch(() => null);
    if (done?.data) onDone();
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Reschedule">
      {studioZone !== homeZone && (
        <fieldset className="field">
          <legend>The new time is in</legend>
          <label className="choice">
            <input type="radio" name={`${id}-zone`} checked={zoneChoice === 'home'} onChange={() => chooseZone('home')} />
            Your time zone, {zoneLabel(homeZone)}
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-zone`} checked={zoneChoice === 'studio'} onChange={() => chooseZone('studio')} />
            The studio’s time zone, {zoneLabel(studioZone)}
          </label>
        </fieldset>
      )}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-date`}>New date</label>
          <input id={`${id}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>New start time ({zoneLabel(readZone)})</label>
          <input id={`${id}-time`} type="time" value={time} onChange={(e) => setTime(e.target.value)} aria-invalid={!!problem} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-duration`}>Duration (minutes)</label>
          <input
            id={`${id}-duration`}
            type="number"
            inputMode="numeric"
            min={5}
            max={MAX_DURATION}
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
          />
        </div>
      </div>
      {instant.ok && <p className="hint">Moves to {formatDateTime(instant.utc, homeZone)} in your zone. Booked clients keep their places.</p>}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {error && <ErrorMessage error={error} title="The session was not moved" />}
      {error && <ClashList error={error} homeZone={homeZone} studios={setup.studios} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Moving…' : 'Move session'}
        </button>
      </div>
    </form>
  );
}

function CancelSession({ session: s }: { session: Session }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [following, setFollowing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [cancelOne, one] = useMutation(CancelSessionMutation, REFRESH);
  const [cancelFrom, from] = useMutation(CancelSeriesFromMutation, REFRESH);
  const booked = s.participants.filter((p) => statusOf(p) !== 'cancelled').length;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setProblem('Say why the session is cancelled: booked clients are told.');
    setProblem(null);
    const variables = { reason: reason.trim() };
    if (following && s.series) await cancelFrom({ variables: { ...variables, appointmentId: s.id } }).catch(() => undefined);
    else await cancelOne({ variables: { ...variables, id: s.id } }).catch(() => undefined);
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Cancel session">
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason (booked clients are told)</label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          aria-invalid={!!problem}
          aria-describedby={problem ? `${id}-reason-error` : undefined}
        />
        {problem && (
          <p id={`${id}-reason-error`} className="field-error">
            {problem}
          </p>
        )}
      </div>
      {s.series && (
        <div className="field inline">
          <input id={`${id}-following`} type="checkbox" checked={following} onChange={(e) => setFollowing(e.target.checked)} />
          <label htmlFor={`${id}-following`}>Also cancel every later session of this weekly class</label>
        </div>
      )}
      <p className="hint">
        {booked > 0 ? `${booked} booking${booked === 1 ? '' : 's'} will be cancelled and the clients told.` : 'Nobody is booked.'} This cannot be undone.
      </p>
      {(one.error || from.error) && <ErrorMessage error={one.error ?? from.error} title="The session was not cancelled" />}
      <div className="actions">
        <button type="submit" className="danger-button" disabled={one.loading || from.loading}>
          {one.loading || from.loading ? 'Cancelling…' : following ? 'Cancel this and later sessions' : 'Cancel session'}
        </button>
      </div>
    </form>
  );
}
