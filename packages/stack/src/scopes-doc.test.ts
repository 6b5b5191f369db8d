import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUTS, ROOT } from './compose.js';
import { forbiddenReach, NEVER_REACHED, renderScopesDoc, scopeReach, SCOPES_DOC } from './scopes-doc.js';

const supergraph = () => readFileSync(resolve(ROOT, OUTPUTS.supergraph), 'utf8');

describe('docs/scopes.md', () => {
  it('is what `npm run docs:scopes` writes from the committed supergraph (run it and commit when this fails)', () => {
    expect(readFileSync(resolve(ROOT, SCOPES_DOC), 'utf8'), `${SCOPES_DOC} is stale: run npm run docs:scopes`).toBe(renderScopesDoc(supergraph()));
  });

  it('lists each scope’s fields from the supergraph', () => {
    const reach = scopeReach(supergraph());
    expect(reach['schedule:read'].get('Studio')).toEqual(expect.arrayContaining(['name', 'timeZone', 'appointments']));
    expect(reach['schedule:read'].get('Appointment')).not.toContain('participants');
    expect(reach['clients:read'].get('Query')).toEqual(['client', 'clients']);
    expect(reach['bookings:write'].get('Mutation')).toEqual(['bookClient', 'cancelBooking']);
    expect(reach['invoices:read'].get('Invoice')).toContain('total');
    const doc = renderScopesDoc(supergraph());
    expect(doc).toContain('| `Query` | `client`, `clients` |');
  });
});

describe('what no scope reaches', () => {
  it('no scope reaches session notes, training plans, access logs or accounts', () => {
    expect(forbiddenReach(scopeReach(supergraph()))).toEqual([]);
  });

  it('is noticed when one does', () => {
    const opened = supergraph().replace(/(\n {2}latestSessionNote: SessionNote[^\n]*)/, '$1 @requiresScopes(scopes: [["clients:read"]])');
    expect(opened).not.toBe(supergraph());
    expect(forbiddenReach(scopeReach(opened))).toEqual(['Client.latestSessionNote']);
    expect(NEVER_REACHED.types).toEqual(expect.arrayContaining(['SessionNote', 'TrainingPlan', 'AccessLogEntry', 'User']));
  });
});
