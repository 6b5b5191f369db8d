import { getFragmentData, graphql, type FragmentType } from '../__generated__';
import { classColor, formatTime } from '../lib/time';
import { StatusBadge } from './StatusBadge';

/** A session in the studio's schedule: time, class and head count — never who the clients are. */
export const StudioScheduleSlot_appointment = graphql(`
  fragment StudioScheduleSlot_appointment on Appointment {
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

export function StudioScheduleSlot(props: { appointment: FragmentType<typeof StudioScheduleSlot_appointment>; timeZone: string }) {
  const a = getFragmentData(StudioScheduleSlot_appointment, props.appointment);
  return (
    <div className={`slot status-${a.status.toLowerCase()}`} style={{ borderLeftColor: classColor(a.classType.color) }}>
      <time dateTime={a.startTime}>{formatTime(a.startTime, props.timeZone)}</time> {a.classType.name}
      <span className="head-count">{a.headCount} booked</span>
      {a.status !== 'SCHEDULED' && <StatusBadge status={a.status} />}
    </div>
  );
}
