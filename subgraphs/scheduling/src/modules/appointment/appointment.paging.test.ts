import { encodeCursor, pageRequest } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { appointmentCursorKey, assertRange } from './appointment.paging.js';

const at = (iso: string) => new Date(iso);
const codeOf = (work: () => unknown) => {
  try {
    work();
    return null;
  } catch (error) {
    return (error as { extensions?: { code?: string; field?: string } }).extensions;
  }
};
/** How every appointment list decodes its `after` cursor (kit's `pageRequest`, kind `instant`). */
const decodeAfter = (after: string | null) => pageRequest({ first: 10, after }, 'instant').after;

describe('schedule windows', () => {
  it('accepts a week, and exactly 92 days', () => {
    expect(codeOf(() => assertRange(at('2026-03-02T05:00:00Z'), at('2026-03-09T04:00:00Z')))).toBeNull();
    expect(codeOf(() => assertRange(at('2026-01-01T00:00:00Z'), at('2026-04-03T00:00:00Z')))).toBeNull();
  });

  it('refuses a reversed or empty window, and one longer than 92 days, naming `to`', () => {
    expect(codeOf(() => assertRange(at('2026-03-09T00:00:00Z'), at('2026-03-02T00:00:00Z')))).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(codeOf(() => assertRange(at('2026-03-09T00:00:00Z'), at('2026-03-09T00:00:00Z')))).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(codeOf(() => assertRange(at('2026-01-01T00:00:00Z'), at('2026-04-03T00:00:01Z')))).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});

describe('appointment cursors', () => {
  const id = '0b5e4a59-8f0e-5a57-9d3c-6a2f1d0e9b11';

  it('round-trips the start time and id of the last row seen', () => {
    const startTime = at('2026-03-03T23:00:00.000Z');
    const after = decodeAfter(encodeCursor({ key: appointmentCursorKey({ startTime }), id }));
    expect(after).toEqual({ key: startTime.toISOString(), id });
    expect(new Date(after!.key)).toEqual(startTime);
    expect(decodeAfter(null)).toBeNull();
  });

  it('refuses cursors this API did not produce', () => {
    expect(codeOf(() => decodeAfter('not-a-cursor'))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(codeOf(() => decodeAfter(encodeCursor({ key: 'yesterday', id })))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(codeOf(() => decodeAfter(encodeCursor({ key: '2026-03-03T23:00:00.000Z', id: '42' })))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
