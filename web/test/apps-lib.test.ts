import { APP_SCOPE_INFO, APP_SCOPES } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import {
  fieldNeedsInWords,
  MANIFEST_MAX_BYTES,
  manifestFromBytes,
  readManifestFile,
  SCOPE_ORDER,
  SCOPES,
  scopesInWords,
  statusInWords,
  usageTotals,
} from '../src/lib/apps';
import { apiExample, TOKEN_PATH } from '../src/routes/apps/HowToCallApi';
import { suspensionReasonProblem } from '../src/routes/apps/AdminAppActions';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('apps in words', () => {
  it('names every status as its owner reads it, a suspension with the super admin’s reason', () => {
    expect(statusInWords({ status: 'ACTIVE' })).toBe('Active');
    expect(statusInWords({ status: 'PENDING_APPROVAL' })).toBe('Waiting for approval');
    expect(statusInWords({ status: 'REVOKED' })).toBe('Revoked');
    expect(statusInWords({ status: 'SUSPENDED', suspendedReason: 'Hundreds of calls a second since Monday' })).toBe(
      'Suspended: Hundreds of calls a second since Monday',
    );
    expect(statusInWords({ status: 'SUSPENDED', suspendedReason: null })).toBe('Suspended');
    expect(statusInWords({ status: 'SUSPENDED', suspendedReason: '  ' })).toBe('Suspended');
    // A reason kept from an earlier suspension is not shown once the app is active again.
    expect(statusInWords({ status: 'ACTIVE', suspendedReason: 'old' })).toBe('Active');
  });

  it('names scopes by the labels kit documents, in one order whatever the API’s order, and the health-data one as such', () => {
    // The same scopes, labels and health-data mark as the API's own documentation (kit APP_SCOPE_INFO).
    expect(SCOPE_ORDER.map((s) => SCOPES[s].name)).toEqual([...APP_SCOPES]);
    for (const scope of SCOPE_ORDER) {
      const kit = APP_SCOPE_INFO[SCOPES[scope].name as keyof typeof APP_SCOPE_INFO];
      expect(SCOPES[scope].label).toBe(kit.label);
      expect(SCOPES[scope].phi).toBe(kit.phi);
      expect(kit.description.startsWith(SCOPES[scope].description)).toBe(true);
    }
    expect(SCOPES.CLIENTS_READ.label).toBe('Read client records (health data)');
    expect(scopesInWords(['INVOICES_READ', 'SCHEDULE_READ'])).toBe('Read the timetable, Read invoices');
    expect(scopesInWords([])).toBe('No scopes');
  });

  it('says what opens a field: any one of its scopes, with the name an app asks for; none for a field no app may use', () => {
    expect(fieldNeedsInWords(['CLIENTS_READ'])).toBe('Read client records (health data) (clients:read)');
    expect(fieldNeedsInWords(['INVOICES_READ', 'SCHEDULE_READ'])).toBe('Read the timetable (schedule:read) or Read invoices (invoices:read)');
    expect(fieldNeedsInWords([])).toBe('No app may use it');
  });

  it('adds an app’s usage over its operations, the last call being the latest of any', () => {
    expect(usageTotals([])).toEqual({ calls: 0, errors: 0, lastUsedAt: null });
    expect(
      usageTotals([
        { operationName: 'Timetable', calls: 120, errors: 2, lastUsedAt: '2026-03-02T14:00:00.000Z' },
        { operationName: 'Studio', calls: 3, errors: 0, lastUsedAt: '2026-03-04T09:30:00.000Z' },
        { operationName: 'Other', calls: 1, errors: 1, lastUsedAt: '2026-03-01T00:00:00.000Z' },
      ]),
    ).toEqual({ calls: 124, errors: 3, lastUsedAt: '2026-03-04T09:30:00.000Z' });
  });

  it('asks a super admin for a suspension reason the API accepts', () => {
    expect(suspensionReasonProblem('spam')).toMatch(/^Say why in at least 10 characters/);
    expect(suspensionReasonProblem('          x')).toMatch(/^Say why/);
    expect(suspensionReasonProblem('Calls the API 50 times a second')).toBeUndefined();
    expect(suspensionReasonProblem('x'.repeat(1001))).toBe('Keep the reason under 1000 characters.');
  });

  it('shows the token endpoint and a curl example of both requests on the page’s own origin', () => {
    const example = apiExample('https://app.fitflow.example');
    expect(TOKEN_PATH).toBe('/oauth/token');
    expect(example).toContain('curl -s https://app.fitflow.example/oauth/token');
    expect(example).toContain('-d grant_type=client_credentials');
    expect(example).toContain('curl -s https://app.fitflow.example/graphql');
    expect(example).toContain('"documentId":"<operation id>"');
  });
});

describe('reading a manifest file in the browser', () => {
  it('gives the text of a JSON file (without a byte order mark); whether it is a valid manifest is the API’s to say', async () => {
    const json = '{"format":"apollo-persisted-query-manifest","version":1,"operations":[]}';
    expect(manifestFromBytes('manifest.json', utf8(`\uFEFF${json}`))).toEqual({ text: json });
    expect(await readManifestFile(new File([json], 'persisted-documents.json', { type: 'application/json' }))).toEqual({ text: json });
    // Not JSON is still text: the analysis says what is wrong with it, in the API's words.
    expect(manifestFromBytes('notes.txt', utf8('query Timetable { studios { id } }'))).toEqual({ text: 'query Timetable { studios { id } }' });
  });

  it('refuses an empty or blank file, naming it', async () => {
    expect(manifestFromBytes('empty.json', new Uint8Array())).toEqual({
      problem: '“empty.json” is empty. Choose the manifest your build wrote, e.g. persisted-documents.json.',
    });
    expect((await readManifestFile(new File([], 'empty.json'))).problem).toMatch(/^“empty\.json” is empty\./);
    expect(manifestFromBytes('blank.json', utf8(' \n\n\t')).problem).toMatch(/^“blank\.json” holds only blank lines\./);
  });

  it('refuses a file larger than the API accepts without reading it', async () => {
    const big = new File([new Uint8Array(MANIFEST_MAX_BYTES + 1).fill(0x20)], 'huge.json');
    expect(await readManifestFile(big)).toEqual({ problem: '“huge.json” is 501 KB; a manifest may be at most 500 KB.' });
    expect(manifestFromBytes('fits.json', new Uint8Array(MANIFEST_MAX_BYTES).fill(0x7b)).text).toHaveLength(MANIFEST_MAX_BYTES);
  });

  it('refuses a file that is not text (an image, a zip), and one it cannot read', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe]);
    expect(manifestFromBytes('logo.png', png)).toEqual({
      problem: '“logo.png” is not a text file. Choose the JSON manifest your build wrote, e.g. persisted-documents.json.',
    });
    expect(manifestFromBytes('nul.json', utf8('{"a":"\u0000"}')).problem).toMatch(/is not a text file/);
    const unreadable = Object.assign(new Blob(['{}']), {
      name: 'moved.json',
      arrayBuffer: () => Promise.reject(new DOMException('The file was moved', 'NotReadableError')),
    });
    expect(await readManifestFile(unreadable)).toEqual({ problem: '“moved.json” could not be read. Choose it again, or paste the manifest instead.' });
  });
});
