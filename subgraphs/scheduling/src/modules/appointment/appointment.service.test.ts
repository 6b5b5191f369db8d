import { describe, expect, it } from 'vitest';
import { assertRange } from './appointment.service.js';

describe('schedule windows', () => {
  it('accept a week', () => {
    expect(() => assertRange(new Date('2026-11-23T05:00:00Z'), new Date('2026-11-30T05:00:00Z'))).not.toThrow();
  });

  it('refuse a reversed or empty window with BAD_USER_INPUT', () => {
    const at = new Date('2026-11-23T05:00:00Z');
    expect(() => assertRange(at, at)).toThrow(expect.objectContaining({ message: '`to` must be after `from`.', extensions: { code: 'BAD_USER_INPUT', field: 'to' } }));
  });

  it('refuse more than a quarter at once', () => {
    expect(() => assertRange(new Date('2026-01-01T00:00:00Z'), new Date('2026-04-15T00:00:00Z'))).toThrow(/at most 92 days/);
  });
});
