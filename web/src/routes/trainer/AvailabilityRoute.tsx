import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__';
import type { AvailabilityRouteQueryQuery } from '../../__generated__/graphql';
import { CalendarFeedCard } from '../../components/CalendarFeedCard';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { WEEKDAY_NAMES } from '../../lib/schedule';
import { formatDay, todayIn, zoneLabel } from '../../lib/time';

const AvailabilityRouteQuery = graphql(`
  query AvailabilityRouteQuery($on: LocalDate) {
    me {
      id
      trainer {
        id
        timeZone
        travelBufferMinutes
        studios {
          id
          name
          timeZone
        }
        availability(on: $on) {
          id
          weekday
          startTime
          endTime
          effectiveFrom
          effectiveUntil
          timeZone
          studio {
            id
          }
        }
      }
    }
  }
`);

const SetAvailabilityMutation = graphql(`
  mutation SetAvailabilityMutation($input: SetAvailabilityInput!) {
    setAvailability(input: $input) {
      id
    }
  }
`);

const SetTravelBufferMutation = graphql(`
  mutation SetTravelBufferMutation($minutes: Int!) {
    setTravelBuffer(minutes: $minutes) {
      id
      travelBufferMinutes
    }
  }
`);

type Trainer = NonNullable<AvailabilityRouteQueryQuery['me']['trainer']>;
type Studio = Trainer['studios'][number];
type Window = Trainer['availability'][number];
interface Row {
  weekday: number;
  startTime: string;
  endTime: string;
}
const REFRESH = { refetchQueries: ['AvailabilityRouteQuery'], awaitRefetchQueries: true };
const hhmm = (t: string) => t.slice(0, 5);

/** Overlapping or backwards windows of one weekday, as sentences (the API refuses them too). */
export function windowProblems(rows: Row[]): string[] {
  const problems: string[] = [];
  for (const r of rows) {
    if (!/^\d{2}:\d{2}$/.test(r.startTime) || !/^\d{2}:\d{2}$/.test(r.endTime))
      problems.push(`${WEEKDAY_NAMES[r.weekday - 1]}: enter a start and an end time.`);
    else if (r.endTime <= r.startTime) problems.push(`${WEEKDAY_NAMES[r.weekday - 1]} ${r.startTime}–${r.endTime}: the end must be after the start.`);
  }
  for (let day = 1; day <= 7; day++) {
    const sorted = rows.filter((r) => r.weekday === day && r.endTime > r.startTime).toSorted((a, b) => a.startTime.localeCompare(b.startTime));
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].startTime < sorted[i - 1].endTime)
        problems.push(
          `${WEEKDAY_NAMES[day - 1]}: ${sorted[i - 1].startTime}–${sorted[i - 1].endTime} and ${sorted[i].startTime}–${sorted[i].endTime} overlap.`,
        );
    }
  }
  return problems;
}

/**
 * When the trainer can be booked: per studio, weekly windows in the studio's local time (a 07:00
 * window in Vancouver is 07:00 there all year), effective from a day; and the travel buffer kept
 * between sessions at different places. Open slots offered to clients come from both. The calendar
 * subscription (an iCalendar URL) lives here too.
 */
export function AvailabilityRoute() {
  const { data, loading, error, refetch } = useQuery(AvailabilityRouteQuery, { variables: {} });
  const trainer = data?.me.trainer;
  if (!trainer) {
    return (
      <>
        <h1>Availability</h1>
        {loading ? <Loading label="Loading your availability…" /> : <ErrorMessage error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  return (
    <>
      <h1>Availability</h1>
      <p className="lede">When clients can book you at each studio. Times are each studio’s local time.</p>
      {trainer.studios.length === 0 ? (
        <Empty>You work at no studio yet. Availability is set per studio under contract.</Empty>
      ) : (
        trainer.studios.map((studio) => (
          <StudioWindows key={studio.id} studio={studio} windows={trainer.availability.filter((w) => w.studio.id === studio.id)} />
        ))
      )}
      <TravelBuffer minutes={trainer.travelBufferMinutes} />
      <CalendarFeedCard homeZone={trainer.timeZone} />
    </>
  );
}

function StudioWindows({ studio, windows }: { studio: Studio; windows: Window[] }) {
  const id = useId();
  const today = todayIn(studio.timeZone);
  const [editing, setEditing] = useState(false);
  const [rows, setRows] = useState<Row[]>([]);
  const [from, setFrom] = useState(today);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading, error, reset }] = useMutation(SetAvailabilityMutation, REFRESH);
  const sorted = windows.toSorted((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime));

  function startEditing() {
    setRows(sorted.map((w) => ({ weekday: w.weekday, startTime: hhmm(w.startTime), endTime: hhmm(w.endTime) })));
    setFrom(today);
    setProblems([]);
    setSaved(null);
    reset();
    setEditing(true);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = windowProblems(rows);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) found.push('Choose the day the new hours start.');
    setProblems(found);
    if (found.length) return;
    const done = await save({ variables: { input: { studioId: studio.id, effectiveFrom: from, windows: rows } } }).catch(() => null);
    if (done?.data) {
      setEditing(false);
      setSaved(`Saved: these hours apply from ${formatDay(from, { weekday: 'long', month: 'long', day: 'numeric' })}.`);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{studio.name}</h2>
      <p className="muted">Times in {zoneLabel(studio.timeZone)}.</p>
      {!editing && (
        <>
          {sorted.length === 0 ? (
            <p className="state state-empty">No hours set: clients cannot pick a time at this studio.</p>
          ) : (
            <ul className="plain-list windows">
              {sorted.map((w) => (
                <li key={w.id}>
                  <strong>{WEEKDAY_NAMES[w.weekday - 1]}</strong> {hhmm(w.startTime)}–{hhmm(w.endTime)}
                  {w.effectiveUntil && <span className="muted"> (until {formatDay(w.effectiveUntil)})</span>}
                </li>
              ))}
            </ul>
          )}
          <p role="status" className="muted">
            {saved}
          </p>
          <button type="button" onClick={startEditing}>
            Change hours
          </button>
        </>
      )}
      {editing && (
        <form className="form" onSubmit={onSubmit} noValidate aria-label={`Hours at ${studio.name}`}>
          {rows.length === 0 && <p className="hint">No windows: saving leaves you unavailable at this studio from that day.</p>}
          <div className="window-rows">
            {rows.map((r, i) => (
              <div key={i} className="window-row" role="group" aria-label={`Window ${i + 1}`}>
                <div className="field">
                  <label htmlFor={`${id}-day${i}`}>Day</label>
                  <select
                    id={`${id}-day${i}`}
                    value={r.weekday}
                    onChange={(e) => setRows((rs) => rs.map((x, j) => (j === i ? { ...x, weekday: Number(e.target.value) } : x)))}
                  >
                    {WEEKDAY_NAMES.map((name, d) => (
                      <option key={name} value={d + 1}>
                        {name}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`${id}-start${i}`}>From</label>
                  <input
                    id={`${id}-start${i}`}
                    type="time"
                    value={r.startTime}
                    onChange={(e) => setRows((rs) => rs.map((x, j) => (j === i ? { ...x, startTime: e.target.value } : x)))}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-end${i}`}>To</label>
                  <input
                    id={`${id}-end${i}`}
                    type="time"
                    value={r.endTime}
                    onChange={(e) => setRows((rs) => rs.map((x, j) => (j === i ? { ...x, endTime: e.target.value } : x)))}
                  />
                </div>
                <button type="button" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))} aria-label={`Remove window ${i + 1}`}>
                  Remove
                </button>
              </div>
            ))}
          </div>
          <button type="button" onClick={() => setRows((rs) => [...rs, { weekday: rs.at(-1)?.weekday ?? 1, startTime: '09:00', endTime: '17:00' }])}>
            Add a window
          </button>
          <div className="field">
            <label htmlFor={`${id}-from`}>These hours apply from</label>
            <input id={`${id}-from`} className="date-input" type="date" value={from} min={today} onChange={(e) => setFrom(e.target.value)} />
          </div>
          {problems.length > 0 && (
            <ul className="field-error" role="alert">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {error && <ErrorMessage error={error} title="The hours were not saved" />}
          <div className="actions">
            <button type="submit" className="primary" disabled={loading}>
              {loading ? 'Saving…' : 'Save hours'}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function TravelBuffer({ minutes }: { minutes: number }) {
  const id = useId();
  const [value, setValue] = useState(String(minutes));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [save, { loading, error }] = useMutation(SetTravelBufferMutation);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > 240) return setProblem('Enter whole minutes from 0 to 240.');
    setProblem(null);
    const done = await save({ variables: { minutes: n } }).catch(() => null);
    if (done?.data)
      setSaved(n === 0 ? 'Saved: sessions may follow each other directly.' : `Saved: ${n} minutes are kept free between sessions at different places.`);
  }
  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Travel between studios</h2>
      <p className="hint">Minutes kept free between two sessions at different places (studios, online, a client’s home). 0 lets them follow each other.</p>
      <div className="inline-form">
        <div className="field">
          <label htmlFor={`${id}-minutes`}>Travel buffer (minutes)</label>
          <input
            id={`${id}-minutes`}
            type="number"
            inputMode="numeric"
            min={0}
            max={240}
            step={5}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={!!problem}
            aria-describedby={problem ? `${id}-error` : undefined}
          />
          {problem && (
            <p id={`${id}-error`} className="field-error">
              {problem}
            </p>
          )}
        </div>
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Saving…' : 'Save buffer'}
        </button>
      </div>
      {error && <ErrorMessage error={error} title="The buffer was not saved" />}
      <p role="status" className="muted">
        {saved}
      </p>
    </form>
  );
}
