import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import type { TrainerZone } from '../routes/trainer/useTrainerZone';
import { addDays, classColor, localDay, mondayOf, sessionTimes, zoneLabel } from '../lib/time';
import { Empty } from './StateViews';

export const StudioSessionsCard_studio = graphql(`
  fragment StudioSessionsCard_studio on Studio {
    id
    name
    timeZone
    address {
      city
    }
  }
`);

export const StudioSessionsCard_appointment = graphql(`
  fragment StudioSessionsCard_appointment on Appointment {
    id
    startTime
    endTime
    status
    headCount
    classType {
      id
      name
      color
    }
  }
`);

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * One studio on the trainer's dashboard: today's sessions with head counts, and this week's totals.
 * Days and times are the trainer's (`home`); a studio in another zone also shows its local time.
 */
export function StudioSessionsCard(props: {
  studio: FragmentType<typeof StudioSessionsCard_studio>;
  appointments: FragmentType<typeof StudioSessionsCard_appointment>[];
  home: TrainerZone;
}) {
  const studio = getFragmentData(StudioSessionsCard_studio, props.studio);
  const appointments = getFragmentData(StudioSessionsCard_appointment, props.appointments)
    .filter((a) => a.status !== 'CANCELLED')
    .toSorted((a, b) => a.startTime.localeCompare(b.startTime));
  const { zone, today } = props.home;
  const monday = mondayOf(today);
  const sunday = addDays(monday, 6);
  const todays = appointments.filter((a) => localDay(a.startTime, zone) === today);
  const week = appointments.filter((a) => {
    const day = localDay(a.startTime, zone);
    return day >= monday && day <= sunday;
  });
  const headsThisWeek = week.reduce((sum, a) => sum + a.headCount, 0);
  const titleId = `studio-${studio.id}`;

  return (
    <article className="card studio-card" aria-labelledby={titleId}>
      <h3 id={titleId}>{studio.name}</h3>
      <p className="muted">
        {studio.address.city}
        {studio.timeZone !== zone && ` · local time ${zoneLabel(studio.timeZone)} shown beside yours`}
      </p>
      <dl className="stats">
        <div>
          <dt>Today</dt>
          <dd>{plural(todays.length, 'session')}</dd>
        </div>
        <div>
          <dt>This week</dt>
          <dd>
            {plural(week.length, 'session')} · {plural(headsThisWeek, 'client')}
          </dd>
        </div>
      </dl>
      <h4>Today</h4>
      {todays.length === 0 ? (
        <Empty>No sessions today.</Empty>
      ) : (
        <ul className="session-list">
          {todays.map((a) => {
            const times = sessionTimes(a.startTime, a.endTime, zone, studio.timeZone);
            return (
              <li key={a.id}>
                <span className="swatch" style={{ background: classColor(a.classType.color) }} aria-hidden="true" />
                <time dateTime={a.startTime}>{times.home}</time> {a.classType.name}
                <span className="head-count">{a.headCount} booked</span>
                {times.local && <span className="local-time">{times.local}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </article>
  );
}
