import { describe, expect, it } from 'vitest';
import { onlySelfEditable } from './client.inputs.js';
import { compareClients, looksLikeEmail, nameMatcher, pageAfter } from './client.search.js';

describe('what a client may change themself', () => {
  it('lets a client change only contact details and consents', () => {
    expect(onlySelfEditable({ phone: '+1-416-555-0100', email: null, consents: { marketingEmails: true, progressPhotos: false } })).toBe(true);
    expect(onlySelfEditable({ phone: '+1-416-555-0100', goals: 'x' })).toBe(false);
    expect(onlySelfEditable({ medicalInfo: undefined })).toBe(true);
  });
});

describe('client search, order and cursors (in memory: names are encrypted)', () => {
  it('matches a name case-insensitively and literally, and ignores a blank search', () => {
    const match = nameMatcher('  wIL ')!;
    expect([match('Wilson'), match('Will'), match('Emma')]).toEqual([true, true, false]);
    expect(nameMatcher('50%')!('Wilson')).toBe(false);
    expect(nameMatcher('   ')).toBeNull();
  });

  it('treats only a whole email address as an email search', () => {
    expect(looksLikeEmail(' Emma.Wilson@Example.com ')).toBe(true);
    expect(looksLikeEmail('@example.com')).toBe(false);
    expect(looksLikeEmail('wilson')).toBe(false);
  });

  it('orders by last name, first name, id and pages after a client id', () => {
    const rows = [
      { id: 'b', lastName: 'Côté', firstName: 'Léa' },
      { id: 'a', lastName: 'Côté', firstName: 'Léa' },
      { id: 'c', lastName: 'Abbott', firstName: 'Zoe' },
    ].sort(compareClients);
    expect(rows.map((r) => r.id)).toEqual(['c', 'a', 'b']);
    expect(pageAfter(rows, 1, null)!.map((r) => r.id)).toEqual(['c', 'a']);
    expect(pageAfter(rows, 1, { key: '', id: 'a' })!.map((r) => r.id)).toEqual(['b']);
    expect(pageAfter(rows, 1, { key: '', id: 'gone' })).toBeNull();
  });
});
