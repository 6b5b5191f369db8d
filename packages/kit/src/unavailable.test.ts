import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createErrorMasker } from './errors.js';
import { isDependencyUnavailable } from './unavailable.js';
import { pino } from 'pino';

/** As TypeORM's QueryFailedError carries a node-postgres error: its fields copied, the original in `driverError`. */
const queryFailed = (code: string, message: string) => Object.assign(new Error(message), { code, driverError: Object.assign(new Error(message), { code }) });

describe('isDependencyUnavailable', () => {
  it('recognises PostgreSQL going away or starting, and sockets refused or reset, through the wrappers', () => {
    expect(isDependencyUnavailable(queryFailed('57P01', 'terminating connection due to administrator command'))).toBe(true);
    expect(isDependencyUnavailable(queryFailed('57P03', 'the database system is starting up'))).toBe(true);
    expect(isDependencyUnavailable(new GraphQLError('x', { originalError: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }))).toBe(
      true,
    );
    expect(isDependencyUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDependencyUnavailable(new Error('outer', { cause: new Error('Reached the max retries per request limit (which is 0).') }))).toBe(true);
  });

  it('leaves the request’s and the code’s own failures alone', () => {
    expect(isDependencyUnavailable(queryFailed('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(isDependencyUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDependencyUnavailable(undefined)).toBe(false);
  });

  it('makes the error masker answer SERVICE_UNAVAILABLE saying to try again, with nothing about the server', () => {
    const mask = createErrorMasker(pino({ level: 'silent' }));
    const original = queryFailed('57P01', 'terminating connection due to administrator command');
    const shown = mask({ message: original.message, path: ['createClient'] }, new GraphQLError(original.message, { originalError: original }));
    expect(shown.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
    expect(shown.message).toMatch(/try again/i);
    expect(JSON.stringify(shown)).not.toMatch(/terminat|administrator/);
  });
});
