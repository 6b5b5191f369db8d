import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../__generated__';
import { StudioScheduleSlot, StudioScheduleSlot_appointment } from '../../components/StudioScheduleSlot';
import { Empty, ErrorMessage, Loading } from '../../components/StateViews';
import { useWeekParam, WeekNav } from '../../components/WeekNav';
import { coveringRange, formatDay, localDay, todayIn, weekDays, zoneLabel } from '../../lib/time';
import { useStudio } from './StudioArea';

/**
 * A studio's week, by trainer. Studio admins must never see who the clients are: this operation (and
 * every Studio* operation) selects no Client field — only head counts. web/test/codegen.test.ts checks it.
 */
const StudioScheduleRouteQuery = graphql(`
  query StudioScheduleRouteQuery($studioId: ID!, $from: DateTime!, $to: DateTime!) {
    studio(id: $studioId) {
      id
      name
      timeZone
      appointments(from: $from, to: $to, first: 100) {
        edges {
          node {
            id
            trainer {
              id
              displayName
            }
            ...StudioScheduleSlot_appointment
          }
        }
        pageInfo {
          hasNextPage
        }
      }
    }
  }
`);

/** A studio's week by trainer, in the studio's own time zone (named, e.g. "Toronto (ET)"). */
export function StudioScheduleRoute() {
  const { id: studioId, name, timeZone } = useStudio();
  // "This week" is the studio's week, whatever zone the browser is in (docs/time-zones.md).
  const today = todayIn(timeZone);
  const [monday, setMonday] = useWeekParam(today);
  const days = weekDays(monday);
  const { from, to } = coveringRange(days[0], days[6]);
  const { data, loading, error, refetch } = useQuery(StudioScheduleRouteQuery, { variables: { studioId, from, to } });

  if (!data) {
    return (
      <>
        <h1>{name} — schedule</h1>
        <WeekNav monday={monday} onChange={setMonday} today={today} />
        {loading ? <Loading label="Loading the schedule…" /> : <ErrorMessage error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  const studio = data.studio;
  const appointments = studio.appointments.edges
    .map((e) => ({ trainer: e.node.trainer, slot: getFragmentData(StudioScheduleSlot_appointment, e.node), node: e.node }))
    .filter((a) => days.includes(localDay(a.slot.startTime, studio.timeZone)))
    .toSorted((a, b) => a.slot.startTime.localeCompare(b.slot.startTime));
  const trainers = [...new Map(appointments.map((a) => [a.trainer.id, a.trainer])).values()].toSorted((a, b) => a.displayName.localeCompare(b.displayName));

  return (
    <>
      <h1>{studio.name} — schedule</h1>
      <WeekNav monday={monday} onChange={setMonday} today={today} />
      {error && <ErrorMessage error={error} title="Could not refresh" onRetry={() => void refetch()} />}
      <p className="muted">Times in {zoneLabel(studio.timeZone)}. Client names are not shown to studios; head counts are.</p>
      {studio.appointments.pageInfo.hasNextPage && <p className="notice">Showing the first 100 sessions of this week.</p>}
      {appointments.length === 0 ? (
        <Empty>No sessions this week.</Empty>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Schedule by trainer">
          <table className="schedule">
            <caption className="sr-only">Sessions by trainer and day</caption>
            <thead>
              <tr>
                <th scope="col">Trainer</th>
                {days.map((day) => (
                  <th scope="col" key={day}>
                    {formatDay(day)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {trainers.map((trainer) => (
                <tr key={trainer.id}>
                  <th scope="row">{trainer.displayName}</th>
                  {days.map((day) => (
                    <td key={day}>
                      <ul className="day-list">
                        {appointments
                          .filter((a) => a.trainer.id === trainer.id && localDay(a.slot.startTime, studio.timeZone) === day)
                          .map((a) => (
                            <li key={a.slot.id}>
                              <StudioScheduleSlot appointment={a.node} timeZone={studio.timeZone} />
                            </li>
                          ))}
                      </ul>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
