import { graphql } from '../__generated__';
import type { CalendarAppointment_AppointmentFragment } from '../__generated__/graphql';
import { classColor, formatTime, zoneOf } from '../lib/time';
import { StatusBadge } from './StatusBadge';

export const CalendarAppointment_appointment = graphql(`
  fragment CalendarAppointment_appointment on Appointment {
    id
    startTime
    endTime
    timeZone
    status
    headCount
    classType {
      id
      name
      category
      color
    }
    studio {
      id
      name
    }
  }
`);

/** One appointment in the week calendar, coloured by its class type. */
export function CalendarAppointment({ appointment: a }: { appointment: CalendarAppointment_AppointmentFragment }) {
  return (
    <article className={`appointment status-${a.status.toLowerCase()}`} style={{ borderLeftColor: classColor(a.classType.color) }} tabIndex={0}>
      <p className="appointment-time">
        <time dateTime={a.startTime}>{formatTime(a.startTime, zoneOf(a))}</time>–<time dateTime={a.endTime}>{formatTime(a.endTime, zoneOf(a))}</time>
      </p>
      <p className="appointment-title">{a.classType.name}</p>
      <p className="muted">
        {a.studio?.name ?? 'Off-site'} · {a.headCount} booked
      </p>
      {a.status !== 'SCHEDULED' && <StatusBadge status={a.status} />}
    </article>
  );
}
