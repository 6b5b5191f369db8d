import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../__generated__';
import { CalendarAppointment, CalendarAppointment_appointment } from '../../components/CalendarAppointment';
import { ErrorMessage, Loading } from '../../components/StateViews';
import { useWeekParam, WeekNav } from '../../components/WeekNav';
import { addDays, browserTimeZone, coveringRange, formatDay, localDay, weekDays, classColor, zoneOf } from '../../lib/time';

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

/** The trainer's week: appointments at every studio, each in its studio's time zone, coloured by class type. */
export function CalendarRoute() {
  const [monday, setMonday] = useWeekParam();
  const days = weekDays(monday);
  const { from, to } = coveringRange(days[0], days[6]);
  const { data, loading, error, refetch } = useQuery(CalendarRouteQuery, { variables: { from, to } });

  const appointments = (data?.me.trainer?.appointments.edges ?? []).map((e) => getFragmentData(CalendarAppointment_appointment, e.node));
  const byDay = new Map(days.map((d) => [d, [] as typeof appointments]));
  for (const a of appointments) byDay.get(localDay(a.startTime, zoneOf(a)))?.push(a);
  const legend = new Map(appointments.map((a) => [a.classType.name, a.classType.color]));

  return (
    <>
      <h1>Calendar</h1>
      <WeekNav monday={monday} onChange={setMonday} />
      {!data ? (
        loading ? <Loading label="Loading your week…" /> : <ErrorMessage error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          {error && <ErrorMessage error={error} title="The week could not be refreshed" onRetry={() => void refetch()} />}
          {legend.size > 0 && (
            <ul className="legend" aria-label="Class types">
              {[...legend].map(([name, color]) => (
                <li key={name}>
                  <span className="swatch" style={{ background: classColor(color) }} aria-hidden="true" /> {name}
                </li>
              ))}
            </ul>
          )}
          {appointments.length === 0 && <p className="state state-empty">No appointments this week.</p>}
          {data.me.trainer?.appointments.pageInfo.hasNextPage && <p className="notice">Showing the first 100 appointments of this week.</p>}
          <ol className="week" aria-label={`Week of ${formatDay(monday, { month: 'long', day: 'numeric', year: 'numeric' })}`}>
            {days.map((day) => (
              <li key={day} className="day" aria-labelledby={`day-${day}`}>
                <h2 id={`day-${day}`} className="day-title">
                  {formatDay(day)}
                  {day === localDay(new Date(), browserTimeZone()) && <span className="today"> (today)</span>}
                </h2>
                <ul className="day-list">
                  {(byDay.get(day) ?? [])
                    .toSorted((a, b) => a.startTime.localeCompare(b.startTime))
                    .map((a) => (
                      <li key={a.id}>
                        <CalendarAppointment appointment={a} />
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ol>
          <p className="muted">Times are shown in each studio's time zone. Next week starts {formatDay(addDays(monday, 7))}.</p>
        </>
      )}
    </>
  );
}
