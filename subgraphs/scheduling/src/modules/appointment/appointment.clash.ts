/*
 * One trainer, one calendar (docs/scheduling.md, "No double booking"): a trainer is never in two
 * sessions at once, whatever studio or time zone each is in, and between sessions at different
 * locations they keep their travel buffer. PostgreSQL enforces the overlap itself (the exclusion
 * constraint `appointments_no_double_booking`); the buffer, which depends on where each session is,
 * is checked here, under the trainer's calendar lock (`AppointmentRepository.lockCalendar`).
 */

/** Where a session takes place, as far as travel is concerned. */
export interface Place {
  /** studios' studio id; null when not at a studio. */
  studioId: string | null;
  locationType: 'studio' | 'online' | 'client-location';
}

/** A span of a trainer's time: `[startTime, endTime)`, UTC instants. */
export interface TimeSpan extends Place {
  startTime: Date;
  endTime: Date;
}

/** A session already on the trainer's calendar (not cancelled): times and place only, no client data. */
export interface Occupied extends TimeSpan {
  id: string;
  /** The studio's IANA zone (null when not at a studio), to name the clash in the studio's own time. */
  timeZone: string | null;
}

/**
 * Whether no travel is needed between two places: the same studio, or both online. Sessions at a
 * client's location are always somewhere else (the address is the client's, not a place we can compare).
 */
export function samePlace(a: Place, b: Place): boolean {
  if (a.locationType === 'online' && b.locationType === 'online') return true;
  return a.locationType === 'studio' && b.locationType === 'studio' && a.studioId !== null && a.studioId === b.studioId;
}

/**
 * The sessions of `occupied` that `candidate` clashes with: they overlap, or they are at different
 * places ({@link samePlace}) and fewer than `bufferMinutes` lie between one's end and the other's start.
 * Back-to-back sessions at the same place (one ends 10:00, the next starts 10:00) do not clash.
 * @param bufferMinutes the trainer's travel buffer, minutes (0 = overlap only).
 * @returns the clashing sessions, by start time.
 */
export function clashesWith(candidate: TimeSpan, occupied: readonly Occupied[], bufferMinutes: number): Occupied[] {
  const buffer = bufferMinutes * 60_000;
  return occupied
    .filter((other) => {
      const gap = samePlace(candidate, other) ? 0 : buffer;
      return candidate.startTime.getTime() < other.endTime.getTime() + gap && other.startTime.getTime() < candidate.endTime.getTime() + gap;
    })
    .sort((a, b) => a.startTime.getTime() - b.startTime.getTime());
}
