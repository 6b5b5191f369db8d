import { useQuery } from '@apollo/client/react';
import { useState, useSyncExternalStore } from 'react';
import { Link, useSearchParams } from 'react-router';
import { getFragmentData, graphql } from '../../__generated__';
import { CalendarAppointment, CalendarAppointment_appointment } from '../../components/CalendarAppointment';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { PeriodNav } from '../../components/WeekNav';
import { classColor, coveringRange, formatDay, localDay, mondayOf, weekDays, zoneLabel } from '../../lib/time';
import { NewSeriesForm } from './NewSeriesForm';
import { NewSessionForm } from './NewSessionForm';
import { useScheduleSetup } from './useScheduleSetup';
import { useTrainerZone } from './useTrainerZone';

const CalendarRouteQuery = graphql(`
  query CalendarRouteQuery($from: DateTime!, $to: DateTime!) {
    me {
      id
      trainer {
        id
        appointments(from: $from, to: $to, first: 100) {
          edges {
            node {
              id
              ...CalendarAppointment_appointment
            }
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  }
`);

type View = 'day' | 'week';

/** Below this width the calendar opens on one day: seven columns do not fit a phone. */
const NARROW = '(max-width: 640px)';
const subscribeNarrow = (onChange: () => void) => {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};
const useNarrow = () => useSyncExternalStore(subscribeNarrow, () => window.matchMedia(NARROW).matches);

/**
 * `?view=day|week&date=YYYY-MM-DD` (the older `?week=` still works). Without a view, a phone gets the
 * day, a wider screen the week; without a date, today (the trainer's).
 */
function useCalendarParams(today: string): { view: View; date: string; go(view: View, date: string): void } {
  const [params, setParams] = useSearchParams();
  const narrow = useNarrow();
  const asked = params.get('view');
  const view: View = asked === 'day' || asked === 'week' ? asked : narrow ? 'day' : 'week';
  const given = params.get('date') ?? params.get('week');
  const date = given && /^\d{4}-\d{2}-\d{2}$/.test(given) ? given : today;
  return {
    view,
    date,
    go: (nextView, nextDate) =>
      setParams((p) => {
        p.delete('week');
        p.set('view', nextView);
        p.set('date', nextDate);
        return p;
      }),
  };
}

/**
 * The trainer's calendar, one day or one week: sessions at every studio placed on the trainer's days,
 * in start order, with the trainer's times (and a studio's local time beside them when its zone
 * differs), coloured by class type; each opens its session. "New session" and "New weekly class"
 * schedule from here. See docs/time-zones.md.
 */
export function CalendarRoute() {
  const zone = useTrainerZone();
  if (!zone.home) {
    return (
      <>
        <h1>Calendar</h1>
        {zone.loading ? (
          <Loading label="Loading your calendar…" />
        ) : zone.error ? (
          <ErrorMessage error={zone.error} onRetry={zone.refetch} />
        ) : (
          <Empty>Your account has no trainer profile.</Empty>
        )}
      </>
    );
  }
  return <Calendar homeZone={zone.home.zone} today={zone.home.today} />;
}

function Calendar({ homeZone, today }: { homeZone: string; today: string }) {
  const { view, date, go } = useCalendarParams(today);
  const [creating, setCreating] = useState<'session' | 'series' | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const setup = useScheduleSetup();
  const days = view === 'day' ? [date] : weekDays(mondayOf(date));
  const { from, to } = coveringRange(days[0], days.at(-1)!);
  const { data, loading, error, refetch } = useQuery(CalendarRouteQuery, { variables: { from, to } });

  const appointments = (data?.me.trainer?.appointments.edges ?? [])
    .map((e) => getFragmentData(CalendarAppointment_appointment, e.node))
    .toSorted((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime));
  const byDay = new Map(days.map((d) => [d, [] as typeof appointments]));
  for (const a of appointments) byDay.get(localDay(a.startTime, homeZone))?.push(a);
  const shown = [...byDay.values()].flat();
  const legend = new Map(shown.map((a) => [a.classType.name, a.classType.color]));
  // Switching to the day view lands on today when it is in the week shown, else on the week's Monday.
  const dayOfWeek = days.includes(today) ? today : days[0];

  return (
    <>
      <div className="page-head">
        <h1>Calendar</h1>
        <div className="actions">
          <button
            type="button"
            className="primary"
            aria-expanded={creating === 'session'}
            onClick={() => (setCreated(null), setCreating(creating === 'session' ? null : 'session'))}
          >
            New session
          </button>
          <button type="button" aria-expanded={creating === 'series'} onClick={() => (setCreated(null), setCreating(creating === 'series' ? null : 'series'))}>
            New weekly class
          </button>
        </div>
        <div className="view-switch" role="group" aria-label="Show">
          <button type="button" aria-pressed={view === 'day'} onClick={() => go('day', view === 'week' ? dayOfWeek : date)}>
            Day
          </button>
          <button type="button" aria-pressed={view === 'week'} onClick={() => go('week', mondayOf(date))}>
            Week
          </button>
        </div>
      </div>
      {creating &&
        !setup.trainer &&
        (setup.loading ? <Loading label="Loading your class types and studios…" /> : <ErrorMessage error={setup.error} onRetry={setup.refetch} />)}
      {creating && setup.trainer && setup.classTypes.length === 0 && (
        <p className="notice">
          You have no class types yet. <Link to="/trainer/class-types">Create a class type</Link> first: it sets a session’s length and capacity.
        </p>
      )}
      {creating === 'session' && setup.trainer && setup.classTypes.length > 0 && (
        <NewSessionForm
          homeZone={homeZone}
          defaultDate={date < today ? today : date}
          classTypes={setup.classTypes}
          studios={setup.studios}
          onCancel={() => setCreating(null)}
        />
      )}
      {creating === 'series' && setup.trainer && setup.classTypes.length > 0 && (
        <NewSeriesForm
          homeZone={homeZone}
          defaultDate={date < today ? today : date}
          classTypes={setup.classTypes}
          studios={setup.studios}
          onCancel={() => setCreating(null)}
          onCreated={(firstDay, count) => {
            setCreating(null);
            setCreated(
              `Weekly class scheduled${count ? `: ${count} session${count === 1 ? '' : 's'}` : ''}, from ${formatDay(firstDay, { weekday: 'long', month: 'long', day: 'numeric' })}.`,
            );
            go(view, firstDay);
          }}
        />
      )}
      {created && (
        <p className="notice success" role="status">
          {created}
        </p>
      )}
      <PeriodNav unit={view} anchor={view === 'day' ? date : mondayOf(date)} today={today} onChange={(next) => go(view, next)} />
      {!data ? (
        loading ? (
          <Loading label={view === 'day' ? 'Loading your day…' : 'Loading your week…'} />
        ) : (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        )
      ) : (
        <>
          {error && <ErrorMessage error={error} title="The calendar could not be refreshed" onRetry={() => void refetch()} />}
          {legend.size > 0 && (
            <ul className="legend" aria-label="Class types">
              {[...legend].map(([name, color]) => (
                <li key={name}>
                  <span className="swatch" style={{ background: classColor(color) }} aria-hidden="true" /> {name}
                </li>
              ))}
            </ul>
          )}
          {data.me.trainer?.appointments.pageInfo.hasNextPage && <p className="notice">Showing the first 100 appointments.</p>}
          {view === 'week' && shown.length === 0 && <p className="state state-empty">No appointments this week.</p>}
          <ol
            className={view === 'day' ? 'week day-view' : 'week'}
            aria-label={
              view === 'day'
                ? formatDay(date, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' })
                : `Week of ${formatDay(days[0], { month: 'long', day: 'numeric', year: 'numeric' })}`
            }
          >
            {days.map((day) => (
              <li key={day} className={day === today ? 'day is-today' : 'day'} aria-labelledby={`day-${day}`}>
                <h2 id={`day-${day}`} className="day-title">
                  {formatDay(day, view === 'day' ? { weekday: 'long', month: 'long', day: 'numeric' } : undefined)}
                  {day === today && <span className="today"> (today)</span>}
                </h2>
                {(byDay.get(day) ?? []).length === 0 ? (
                  view === 'day' && <p className="state state-empty">No sessions this day.</p>
                ) : (
                  <ul className="day-list">
                    {byDay.get(day)!.map((a) => (
                      <li key={a.id}>
                        <CalendarAppointment appointment={a} homeZone={homeZone} />
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
          <p className="muted">Times are in your time zone, {zoneLabel(homeZone)}. A session at a studio in another zone also shows the studio’s local time.</p>
        </>
      )}
    </>
  );
}
