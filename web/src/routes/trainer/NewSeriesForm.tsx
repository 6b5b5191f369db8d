import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__';
import type { AppointmentLocation } from '../../__generated__/graphql';
import { ClashList } from '../../components/ClashList';
import { ErrorMessage } from '../../components/StateViews';
import { isoWeekday, localToUtc, MAX_OCCURRENCES, previewWeekly, WEEKDAY_NAMES, weeklyRrule, type SeriesEnd } from '../../lib/schedule';
import { formatDay, formatTime, sessionTimes, zoneLabel } from '../../lib/time';
import { MAX_DURATION } from './NewSessionForm';
import { SessionPlaceFields } from './SessionPlaceFields';
import type { SetupClassType, SetupStudio } from './useScheduleSetup';

const NewSeriesMutation = graphql(`
  mutation NewSeriesMutation($input: ScheduleSeriesInput!) {
    scheduleSeries(input: $input) {
      id
      rrule
      timeZone
      firstStart
    }
  }
`);

type Problems = Partial<Record<'classType' | 'studio' | 'date' | 'time' | 'weekdays' | 'interval' | 'until' | 'count' | 'duration', string>>;

/** How many occurrences the preview lists before "…". */
const PREVIEW = 8;

/**
 * "New weekly class": a series on given weekdays, every N weeks, until a day or for N sessions. The
 * start time is the studio's local time (the trainer's own zone for sessions without a studio), and
 * the API expands the RRULE in that zone, so a 07:00 class stays at 07:00 local across daylight-saving
 * changes — the preview shows it, with the trainer's own time beside it where the zones differ. A clash
 * of any occurrence rejects the whole series; the clashing dates are listed inline.
 */
export function NewSeriesForm({
  homeZone,
  defaultDate,
  classTypes,
  studios,
  onCancel,
  onCreated,
}: {
  homeZone: string;
  defaultDate: string;
  classTypes: SetupClassType[];
  studios: SetupStudio[];
  onCancel(): void;
  /** Called with the first session's day (in the series' zone) and how many sessions were scheduled. */
  onCreated(firstDay: string, count: number): void;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const groupTypes = classTypes.filter((c) => c.category === 'GROUP');
  const choices = groupTypes.length ? groupTypes : classTypes;
  const [classTypeId, setClassTypeId] = useState(choices[0]?.id ?? '');
  const [location, setLocation] = useState<AppointmentLocation>(studios.length ? 'STUDIO' : 'ONLINE');
  const [studioId, setStudioId] = useState(studios[0]?.id ?? '');
  const [details, setDetails] = useState('');
  const [date, setDate] = useState(defaultDate);
  const [time, setTime] = useState('07:00');
  const [weekdays, setWeekdays] = useState<number[]>([isoWeekday(defaultDate)]);
  const [interval, setInterval] = useState('1');
  const [endKind, setEndKind] = useState<'until' | 'count'>('count');
  const [until, setUntil] = useState('');
  const [count, setCount] = useState('12');
  const [duration, setDuration] = useState(String(choices[0]?.durationMinutes ?? 60));
  const [problems, setProblems] = useState<Problems>({});
  const [schedule, { loading, error, reset }] = useMutation(NewSeriesMutation, { refetchQueries: ['CalendarRouteQuery'] });

  const studio = location === 'STUDIO' ? studios.find((s) => s.id === studioId) : undefined;
  const zone = studio?.timeZone ?? homeZone;

  function chooseDate(next: string) {
    // The first date sets the weekday when only one is ticked (the usual case: "every Monday from …").
    if (/^\d{4}-\d{2}-\d{2}$/.test(next) && weekdays.length <= 1) setWeekdays([isoWeekday(next)]);
    setDate(next);
  }
  function chooseClassType(next: string) {
    setClassTypeId(next);
    const type = classTypes.find((c) => c.id === next);
    if (type) setDuration(String(type.durationMinutes));
  }

  const end: SeriesEnd | null =
    endKind === 'until' ? (/^\d{4}-\d{2}-\d{2}$/.test(until) ? { until } : null) : Number(count) >= 1 ? { count: Number(count) } : null;
  const everyN = Number(interval);
  const start = localToUtc(date, time, zone);
  const endKey = end ? ('until' in end ? end.until : String(end.count)) : '';
  const preview = useMemo(() => {
    if (!start.ok || !end || !weekdays.length || !Number.isInteger(everyN) || everyN < 1 || everyN > 52) return null;
    if ('until' in end && end.until < date) return null;
    return previewWeekly(date, time, zone, { weekdays, interval: everyN, end });
    // `end` is rebuilt on every render; `endKey` is what it says.
  }, [start.ok, date, time, zone, weekdays, everyN, endKey]);
  const clockChange = preview?.find((o) => o.afterClockChange);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    const found: Problems = {};
    if (!classTypeId) found.classType = 'Choose a class type.';
    if (location === 'STUDIO' && !studio) found.studio = 'Choose the studio.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = 'Choose the date of the first session.';
    else if (!start.ok) found.time = start.problem;
    if (!weekdays.length) found.weekdays = 'Tick at least one weekday.';
    else if (/^\d{4}-\d{2}-\d{2}$/.test(date) && !weekdays.includes(isoWeekday(date)))
      found.weekdays = `The first session is on a ${WEEKDAY_NAMES[isoWeekday(date) - 1]}: tick it, or choose a first date on a ticked day.`;
    if (!Number.isInteger(everyN) || everyN < 1 || everyN > 52) found.interval = 'Enter a number of weeks from 1 to 52.';
    if (endKind === 'until') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) found.until = 'Choose the last day of the series.';
      else if (until < date) found.until = 'The last day must be on or after the first session.';
    } else if (!Number.isInteger(Number(count)) || Number(count) < 1 || Number(count) > MAX_OCCURRENCES) {
      found.count = `Enter a number of sessions from 1 to ${MAX_OCCURRENCES}.`;
    }
    if (!found.until && preview && preview.length > MAX_OCCURRENCES)
      found.until = `That makes more than ${MAX_OCCURRENCES} sessions: choose an earlier last day.`;
    const minutes = Number(duration);
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > MAX_DURATION) found.duration = `Enter a duration from 5 to ${MAX_DURATION} minutes.`;
    setProblems(found);
    if (Object.keys(found).length || !end) return;
    const { data } = await schedule({
      variables: {
        input: {
          classTypeId,
          locationType: location,
          firstStart: `${date}T${time}`,
          rrule: weeklyRrule({ weekdays, interval: everyN, end }),
          durationMinutes: minutes,
          ...(location === 'STUDIO' ? { studioId } : { timeZone: homeZone, ...(details.trim() ? { locationDetails: details.trim() } : {}) }),
        },
      },
    }).catch(() => ({ data: undefined }));
    if (data) onCreated(date, preview?.length ?? 0);
  }

  const field = (name: keyof Problems) => ({
    id: `${id}-${name}`,
    'aria-invalid': !!problems[name],
    'aria-describedby': problems[name] ? `${id}-${name}-error` : undefined,
  });
  const problem = (name: keyof Problems) =>
    problems[name] && (
      <p id={`${id}-${name}-error`} className="field-error">
        {problems[name]}
      </p>
    );

  return (
    <form className="card form schedule-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        New weekly class
      </h2>
      <div className="form-grid">
        <SessionPlaceFields
          id={id}
          classTypes={choices}
          classTypeId={classTypeId}
          onClassType={chooseClassType}
          location={location}
          onLocation={setLocation}
          studios={studios}
          studioId={studioId}
          onStudio={setStudioId}
          details={details}
          onDetails={setDetails}
          field={field}
          problem={problem}
        />
        <div className="field">
          <label htmlFor={`${id}-date`}>First session</label>
          <input type="date" {...field('date')} value={date} onChange={(e) => chooseDate(e.target.value)} />
          {problem('date')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>Start time ({zoneLabel(zone)})</label>
          <input
            type="time"
            {...field('time')}
            value={time}
            onChange={(e) => setTime(e.target.value)}
            aria-describedby={`${id}-time-hint${problems.time ? ` ${id}-time-error` : ''}`}
          />
          <p id={`${id}-time-hint`} className="hint">
            {studio ? 'The studio’s local time, kept all year.' : 'Your local time, kept all year.'}
          </p>
          {problem('time')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-duration`}>Duration (minutes)</label>
          <input
            type="number"
            inputMode="numeric"
            min={5}
            max={MAX_DURATION}
            step={5}
            {...field('duration')}
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
          />
          {problem('duration')}
        </div>
      </div>
      <fieldset className="field weekdays" aria-describedby={problems.weekdays ? `${id}-weekdays-error` : undefined}>
        <legend>Repeats on</legend>
        <div className="weekday-boxes">
          {WEEKDAY_NAMES.map((name, i) => (
            <label key={name} className="choice">
              <input
                type="checkbox"
                checked={weekdays.includes(i + 1)}
                onChange={(e) => setWeekdays((w) => (e.target.checked ? [...w, i + 1] : w.filter((d) => d !== i + 1)))}
              />
              {name}
            </label>
          ))}
        </div>
        {problem('weekdays')}
      </fieldset>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-interval`}>Every how many weeks</label>
          <input type="number" inputMode="numeric" min={1} max={52} {...field('interval')} value={interval} onChange={(e) => setInterval(e.target.value)} />
          {problem('interval')}
        </div>
        <fieldset className="field">
          <legend>Ends</legend>
          <label className="choice">
            <input type="radio" name={`${id}-end`} checked={endKind === 'count'} onChange={() => setEndKind('count')} />
            After a number of sessions
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-end`} checked={endKind === 'until'} onChange={() => setEndKind('until')} />
            On a date
          </label>
        </fieldset>
        {endKind === 'count' ? (
          <div className="field">
            <label htmlFor={`${id}-count`}>Number of sessions</label>
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_OCCURRENCES}
              {...field('count')}
              value={count}
              onChange={(e) => setCount(e.target.value)}
            />
            {problem('count')}
          </div>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-until`}>Last day</label>
            <input type="date" {...field('until')} value={until} min={date} onChange={(e) => setUntil(e.target.value)} />
            {problem('until')}
          </div>
        )}
      </div>
      {preview && preview.length > 0 && (
        <section className="series-preview" aria-labelledby={`${id}-preview`} aria-live="polite">
          <h3 id={`${id}-preview`}>
            {preview.length > MAX_OCCURRENCES ? `More than ${MAX_OCCURRENCES} sessions` : `${preview.length} session${preview.length === 1 ? '' : 's'}`}, at{' '}
            {preview[0].localTime} {zoneLabel(zone)}
          </h3>
          {clockChange && (
            <p className="notice">
              The clocks change before {formatDay(clockChange.day, { weekday: 'short', month: 'short', day: 'numeric' })}: the class stays at{' '}
              {clockChange.localTime} {zoneLabel(zone)} ({clockChange.offsetName} from then on).
            </p>
          )}
          <ol className="preview-list">
            {preview.slice(0, PREVIEW).map((o) => {
              const times = sessionTimes(o.utc, null, homeZone, zone);
              return (
                <li key={o.day} className={o.afterClockChange ? 'after-change' : undefined}>
                  {formatDay(o.day)} · {formatTime(o.utc, zone)} {o.offsetName}
                  {times.local && (
                    <span className="muted">
                      {' '}
                      · {formatTime(o.utc, homeZone)} {zoneLabel(homeZone)}
                    </span>
                  )}
                  {o.afterClockChange && <span className="badge">clocks changed</span>}
                </li>
              );
            })}
          </ol>
          {preview.length > PREVIEW && <p className="muted">…and {Math.min(preview.length, MAX_OCCURRENCES) - PREVIEW} more.</p>}
        </section>
      )}
      {error && <ErrorMessage error={error} title="The weekly class was not scheduled" />}
      {error && <ClashList error={error} homeZone={homeZone} studios={studios} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Scheduling…' : 'Create weekly class'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
