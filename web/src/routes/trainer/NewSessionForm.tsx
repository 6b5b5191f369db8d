import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../__generated__';
import type { AppointmentLocation } from '../../__generated__/graphql';
import { ClashList } from '../../components/ClashList';
import { ErrorMessage } from '../../components/StateViews';
import { localToUtc } from '../../lib/schedule';
import { formatDateTime, zoneLabel } from '../../lib/time';
import { SessionPlaceFields } from './SessionPlaceFields';
import type { SetupClassType, SetupStudio } from './useScheduleSetup';

const NewSessionMutation = graphql(`
  mutation NewSessionMutation($input: ScheduleAppointmentInput!) {
    scheduleAppointment(input: $input) {
      id
      startTime
    }
  }
`);

/** Longest session the API takes (12 hours), in minutes. */
export const MAX_DURATION = 720;

type Problems = Partial<Record<'classType' | 'studio' | 'date' | 'time' | 'duration', string>>;

/**
 * "New session": one session on the trainer's calendar — class type, place (a studio, online, or at
 * the client's), date and time, duration. The time is read in the trainer's zone, or in the studio's
 * when the trainer says so (the form names the zone it reads); the instant is shown in both before
 * saving. A clash with another session at any studio comes back as CONFLICT and is listed inline.
 */
export function NewSessionForm({
  homeZone,
  defaultDate,
  classTypes,
  studios,
  onCancel,
}: {
  homeZone: string;
  defaultDate: string;
  classTypes: SetupClassType[];
  studios: SetupStudio[];
  onCancel(): void;
}) {
  const navigate = useNavigate();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [classTypeId, setClassTypeId] = useState(classTypes[0]?.id ?? '');
  const [location, setLocation] = useState<AppointmentLocation>(studios.length ? 'STUDIO' : 'ONLINE');
  const [studioId, setStudioId] = useState(studios[0]?.id ?? '');
  const [details, setDetails] = useState('');
  const [date, setDate] = useState(defaultDate);
  const [time, setTime] = useState('09:00');
  const [zoneChoice, setZoneChoice] = useState<'home' | 'studio'>('home');
  const [duration, setDuration] = useState(String(classTypes[0]?.durationMinutes ?? 60));
  const [problems, setProblems] = useState<Problems>({});
  const [schedule, { loading, error, reset }] = useMutation(NewSessionMutation, { refetchQueries: ['CalendarRouteQuery'] });

  const studio = location === 'STUDIO' ? studios.find((s) => s.id === studioId) : undefined;
  const studioZoneDiffers = !!studio && studio.timeZone !== homeZone;
  const readZone = studioZoneDiffers && zoneChoice === 'studio' ? studio.timeZone : homeZone;
  const instant = localToUtc(date, time, readZone);

  function chooseClassType(next: string) {
    setClassTypeId(next);
    const type = classTypes.find((c) => c.id === next);
    if (type) setDuration(String(type.durationMinutes));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    const found: Problems = {};
    if (!classTypeId) found.classType = 'Choose a class type.';
    if (location === 'STUDIO' && !studio) found.studio = 'Choose the studio.';
    if (!instant.ok) found[/date/i.test(instant.problem) && !date ? 'date' : 'time'] = instant.problem;
    const minutes = Number(duration);
    if (!Number.isInteger(minutes) || minutes < 5 || minutes > MAX_DURATION) found.duration = `Enter a duration from 5 to ${MAX_DURATION} minutes.`;
    setProblems(found);
    if (Object.keys(found).length || !instant.ok) return;
    const { data } = await schedule({
      variables: {
        input: {
          classTypeId,
          startTime: instant.utc,
          durationMinutes: minutes,
          locationType: location,
          ...(location === 'STUDIO' ? { studioId } : details.trim() ? { locationDetails: details.trim() } : {}),
        },
      },
    }).catch(() => ({ data: undefined }));
    if (data) navigate(`/trainer/sessions/${data.scheduleAppointment.id}`, { state: { created: true } });
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
        New session
      </h2>
      <div className="form-grid">
        <SessionPlaceFields
          id={id}
          classTypes={classTypes}
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
          <label htmlFor={`${id}-date`}>Date</label>
          <input type="date" {...field('date')} value={date} onChange={(e) => setDate(e.target.value)} required />
          {problem('date')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-time`}>Start time ({zoneLabel(readZone)})</label>
          <input type="time" {...field('time')} value={time} onChange={(e) => setTime(e.target.value)} required />
          {problem('time')}
        </div>
        {studioZoneDiffers && (
          <fieldset className="field">
            <legend>The start time is in</legend>
            <label className="choice">
              <input type="radio" name={`${id}-zone`} checked={zoneChoice === 'home'} onChange={() => setZoneChoice('home')} />
              Your time zone, {zoneLabel(homeZone)}
            </label>
            <label className="choice">
              <input type="radio" name={`${id}-zone`} checked={zoneChoice === 'studio'} onChange={() => setZoneChoice('studio')} />
              The studio’s time zone, {zoneLabel(studio.timeZone)}
            </label>
          </fieldset>
        )}
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
      {instant.ok && (
        <p className="hint" aria-live="polite">
          Starts {formatDateTime(instant.utc, homeZone)} in your zone
          {studioZoneDiffers ? ` · ${formatDateTime(instant.utc, studio.timeZone)} at the studio` : ''}.
        </p>
      )}
      {error && <ErrorMessage error={error} title="The session was not scheduled" />}
      {error && <ClashList error={error} homeZone={homeZone} studios={studios} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? 'Scheduling…' : 'Schedule session'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
