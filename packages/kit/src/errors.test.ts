import { GraphQLError, locatedError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, toConnection } from './connection.js';
import { badUserInput, createErrorMasker, forbidden, notFound, notFoundFacts } from './errors.js';
import { parseId } from './ids.js';

const lines: string[] = [];
const log = pino({ level: 'error' }, { write: (line: string) => void lines.push(line) });
const mask = createErrorMasker(log);

describe('error masking', () => {
  it('keeps expected errors as they are, minus internals', () => {
    const error = notFound('Client');
    const shown = mask({ message: error.message, extensions: { code: 'NOT_FOUND', stacktrace: ['at x'], serviceName: 'clients' } }, error);
    expect(shown).toEqual({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } });
  });

  it('hides unexpected errors behind a trace id that is in the log', () => {
    const error = new GraphQLError('relation "clients.clients" does not exist', { originalError: new Error('select * from clients') });
    const shown = mask({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(shown.message).toBe('Internal server error');
    expect(JSON.stringify(shown)).not.toMatch(/relation|select/);
    expect(lines.at(-1)).toContain(String(shown.extensions!.traceId));
  });

  it('turns class-validator failures into one readable BAD_USER_INPUT', () => {
    const error = new GraphQLError('Argument Validation Error', {
      extensions: { code: 'BAD_USER_INPUT', validationErrors: [{ property: 'email', constraints: { isEmail: 'email must be a valid email address' } }] },
    });
    expect(mask({ message: error.message, extensions: error.extensions }, error)).toMatchObject({
      message: 'Invalid input: email must be a valid email address.',
      extensions: { code: 'BAD_USER_INPUT', fields: ['email'] },
    });
  });
});

describe('ids and cursors', () => {
  it('accepts UUIDs in any case and rejects anything else with BAD_USER_INPUT', () => {
    expect(parseId('6F1C3C2E-0B7E-4F55-9A8E-6C2F1D0E9B11')).toBe('6f1c3c2e-0b7e-4f55-9a8e-6c2f1d0e9b11');
    expect(() => parseId("1' or '1'='1", 'clientId')).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'clientId' } }));
  });

  it('round-trips a cursor and rejects a forged one', () => {
    const id = '6f1c3c2e-0b7e-4f55-9a8e-6c2f1d0e9b11';
    const cursor = encodeCursor({ key: '2026-11-23T10:00:00.000Z', id: id.toUpperCase() });
    expect(decodeCursor(cursor, 'instant')).toEqual({ key: '2026-11-23T10:00:00.000Z', id });
    expect(decodeCursor(null, 'instant')).toBeNull();
    expect(() => decodeCursor('not-a-cursor', 'instant')).toThrow(badUserInput('x').constructor);
  });

  it('pages first + 1 rows into a connection that knows whether more follow', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const page = toConnection(rows, 2, (r) => r.id);
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: page.edges[1].cursor });
    expect(toConnection(rows.slice(0, 2), 2, (r) => r.id).pageInfo.hasNextPage).toBe(false);
  });
});

describe('the facts of a NOT_FOUND (security events)', () => {
  const id = '3f2b7c1e-8d4a-4e6b-9c1d-2a5f6e7d8c9b';

  it('keeps the type and id notFound was given, also once execution has wrapped the error, and never serialises them', () => {
    const error = notFound('Client', id);
    expect(notFoundFacts(error)).toEqual({ resourceType: 'Client', resourceId: id });
    expect(notFoundFacts(locatedError(error, [], ['client']))).toEqual({ resourceType: 'Client', resourceId: id });
    expect(JSON.stringify(error.toJSON())).not.toContain(id);
    expect(notFoundFacts(notFound('Appointment series'))).toEqual({ resourceType: 'Appointment series', resourceId: null });
  });

  it('reads the type of a NOT_FOUND made elsewhere from kit’s message format, else "Record"', () => {
    const made = (message: string) => new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
    expect(notFoundFacts(made('Invoice line not found.'))).toEqual({ resourceType: 'Invoice line', resourceId: null });
    expect(notFoundFacts(made('No client called Emma Wilson was found.'))).toEqual({ resourceType: 'Record', resourceId: null });
  });

  it('is null for any other error', () => {
    expect(notFoundFacts(forbidden())).toBeNull();
    expect(notFoundFacts(new Error('Client not found.'))).toBeNull();
    expect(notFoundFacts(null)).toBeNull();
  });
});
