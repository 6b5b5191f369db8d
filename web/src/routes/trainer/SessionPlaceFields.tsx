import type { ReactNode } from 'react';
import type { AppointmentLocation } from '../../__generated__/graphql';
import { zoneLabel } from '../../lib/time';
import type { SetupClassType, SetupStudio } from './useScheduleSetup';

/** Where a session happens, as the forms word it. */
export const LOCATION_WORDS: Record<AppointmentLocation, string> = { STUDIO: 'At a studio', ONLINE: 'Online', CLIENT_LOCATION: 'At the client’s location' };

/** Accessible attributes of a form field named `name` (its id, and its error when it has one). */
export type FieldProps = (name: 'classType' | 'studio') => { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined };

/**
 * The "what and where" of a new session or weekly class: the class type, the place (a studio, online,
 * or at the client's), and the studio — named with its zone — or the meeting link or address. Used by
 * "New session" and "New weekly class"; each form keeps the state and its own checks.
 */
export function SessionPlaceFields({
  id,
  classTypes,
  classTypeId,
  onClassType,
  location,
  onLocation,
  studios,
  studioId,
  onStudio,
  details,
  onDetails,
  field,
  problem,
}: {
  /** The form's `useId()`: field ids are `${id}-classType`, `${id}-studio`, `${id}-details`. */
  id: string;
  classTypes: SetupClassType[];
  classTypeId: string;
  onClassType(id: string): void;
  location: AppointmentLocation;
  onLocation(location: AppointmentLocation): void;
  studios: SetupStudio[];
  studioId: string;
  onStudio(id: string): void;
  details: string;
  onDetails(details: string): void;
  field: FieldProps;
  problem(name: 'classType' | 'studio'): ReactNode;
}) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-classType`}>Class type</label>
        <select {...field('classType')} value={classTypeId} onChange={(e) => onClassType(e.target.value)}>
          {classTypes.length === 0 && <option value="">No class types yet</option>}
          {classTypes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.durationMinutes} min, up to {c.maxParticipants})
            </option>
          ))}
        </select>
        {problem('classType')}
      </div>
      <fieldset className="field">
        <legend>Where</legend>
        {(Object.keys(LOCATION_WORDS) as AppointmentLocation[]).map((l) => (
          <label key={l} className="choice">
            <input
              type="radio"
              name={`${id}-location`}
              value={l}
              checked={location === l}
              onChange={() => onLocation(l)}
              disabled={l === 'STUDIO' && !studios.length}
            />
            {LOCATION_WORDS[l]}
          </label>
        ))}
      </fieldset>
      {location === 'STUDIO' ? (
        <div className="field">
          <label htmlFor={`${id}-studio`}>Studio</label>
          <select {...field('studio')} value={studioId} onChange={(e) => onStudio(e.target.value)}>
            {studios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} — {zoneLabel(s.timeZone)}
              </option>
            ))}
          </select>
          {problem('studio')}
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-details`}>{location === 'ONLINE' ? 'Meeting link (optional)' : 'Address (optional)'}</label>
          <input id={`${id}-details`} value={details} onChange={(e) => onDetails(e.target.value)} maxLength={500} />
        </div>
      )}
    </>
  );
}
