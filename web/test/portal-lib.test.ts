import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { formatPhone } from '../src/components/PhoneLink';
import { describeError, isNotFound } from '../src/lib/errors';
import { accessorName } from '../src/routes/client/ClientHomeRoute';
import { managedStudios } from '../src/routes/studio/StudioArea';

const graphqlError = (...errors: { message: string; path?: string[]; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ errors: errors.map((e) => ({ ...e, extensions: e.extensions ?? {} })) });
const messages = (error: unknown) => describeError(error).map((e) => e.message);

describe('errors worded for people', () => {
  it('never shows a code or the server’s internal wording', () => {
    const all = [
      graphqlError({ message: 'id must be a UUID', extensions: { code: 'BAD_USER_INPUT', field: 'id' } }),
      graphqlError({ message: 'You must be signed in to do this.', path: ['me'], extensions: { code: 'UNAUTHENTICATED' } }),
      graphqlError({ message: 'Studio not found.', extensions: { code: 'NOT_FOUND' } }),
      graphqlError({ message: 'You are not allowed to do this.', extensions: { code: 'FORBIDDEN' } }),
      graphqlError({ message: '401: Unauthorized', path: ['login'], extensions: { code: 'UNAUTHENTICATED' } }),
    ].flatMap(messages);
    for (const message of all) expect(message).not.toMatch(/BAD_USER_INPUT|UNAUTHENTICATED|NOT_FOUND|FORBIDDEN|UUID|401/);
    expect(messages(graphqlError({ message: 'id must be a UUID', extensions: { code: 'BAD_USER_INPUT', field: 'id' } }))).toEqual([
      'This link is not valid. Check the address, or go back and choose again.',
    ]);
    expect(messages(graphqlError({ message: 'You must be signed in to do this.', path: ['me'], extensions: { code: 'UNAUTHENTICATED' } }))).toEqual([
      'You are signed out. Sign in again to continue.',
    ]);
  });

  it('keeps messages written for people: a failed sign-in, a form field, a conflict', () => {
    expect(messages(graphqlError({ message: 'Email or password is incorrect.', path: ['login'], extensions: { code: 'UNAUTHENTICATED' } }))).toEqual([
      'Email or password is incorrect.',
    ]);
    expect(messages(graphqlError({ message: '401: Unauthorized', path: ['login'], extensions: { code: 'UNAUTHENTICATED' } }))).toEqual([
      'We could not sign you in. Check your email and password, then try again.',
    ]);
    expect(messages(graphqlError({ message: 'Enter a rate above zero.', extensions: { code: 'BAD_USER_INPUT', field: 'rates' } }))).toEqual([
      'Enter a rate above zero.',
    ]);
    expect(messages(graphqlError({ message: 'This invoice was already sent.', extensions: { code: 'CONFLICT' } }))).toEqual(['This invoice was already sent.']);
  });

  it('says when to try again after a rate limit, and gives a reference for an unexpected error', () => {
    expect(messages(graphqlError({ message: 'Locked', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 840 } }))).toEqual([
      'Too many attempts. Try again in 14 minutes.',
    ]);
    expect(messages(graphqlError({ message: 'Wait', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 30 } }))).toEqual([
      'Too many attempts. Try again in 30 seconds.',
    ]);
    expect(messages(graphqlError({ message: 'x', extensions: { code: 'UNAUTHENTICATED', retryAfterSeconds: 30 } }))).toEqual([
      'Too many attempts. Try again in 30 seconds.',
    ]);
    expect(
      messages(graphqlError({ message: 'Signing in is briefly unavailable.', extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 } })),
    ).toEqual(['FitFlow is briefly unavailable. Try again in 5 seconds.']);
    expect(describeError(graphqlError({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', traceId: 'abc123' } }))).toEqual([
      { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side. Try again in a moment.', reference: 'abc123' },
    ]);
  });

  it('tells a network failure, a timeout and an HTTP error apart', () => {
    expect(describeError(new TypeError('Failed to fetch'))[0].code).toBe('NETWORK');
    expect(describeError(new DOMException('signal timed out', 'TimeoutError'))[0]).toMatchObject({
      code: 'TIMEOUT',
      message: expect.stringContaining('taking too long'),
    });
    const http = new ServerError('bad gateway', { response: new Response('<html>', { status: 502 }), bodyText: '<html>' });
    expect(describeError(http)).toEqual([{ code: 'SERVER', message: 'FitFlow could not answer just now. Try again in a moment.' }]);
  });

  it('treats an unknown record and a malformed id in a link alike, as “not found”', () => {
    expect(isNotFound(graphqlError({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } }))).toBe(true);
    expect(isNotFound(graphqlError({ message: 'id must be a UUID', extensions: { code: 'BAD_USER_INPUT', field: 'id' } }))).toBe(true);
    expect(isNotFound(graphqlError({ message: 'Enter a rate.', extensions: { code: 'BAD_USER_INPUT', field: 'rates' } }))).toBe(false);
  });
});

describe('a studio admin’s locations', () => {
  const studio = (id: string, name: string, parent: string | null = null) => ({
    __typename: 'Studio' as const,
    id,
    name,
    timeZone: 'America/Toronto',
    parentStudio: parent ? { __typename: 'Studio' as const, id: parent } : null,
  });
  const all = [
    studio('kits', 'Kitsilano Flow Studio'),
    studio('mid', 'Harbourfront Movement Midtown', 'hq'),
    studio('hq', 'Harbourfront Movement'),
    studio('east', 'Harbourfront East', 'mid'),
  ];

  it('are their studios and every location below them, headquarters first', () => {
    expect(managedStudios(all, ['hq']).map((s) => s.id)).toEqual(['hq', 'east', 'mid']);
    expect(managedStudios(all, ['mid']).map((s) => s.id)).toEqual(['east', 'mid']);
    expect(managedStudios(all, ['nowhere'])).toEqual([]);
  });
});

describe('names and numbers as people write them', () => {
  it('formats North American phone numbers and leaves others alone', () => {
    expect(formatPhone('+1-416-555-0142')).toBe('+1 416-555-0142');
    expect(formatPhone('(604) 555 0123')).toBe('604-555-0123');
    expect(formatPhone('+44 20 7946 0958')).toBe('+44 20 7946 0958');
  });

  it('names who read a record with their role in words, never an id', () => {
    expect(accessorName({ accessorRole: 'TRAINER_ADMIN', trainer: { __typename: 'Trainer', id: 't', displayName: 'Maya Chen' } })).toBe(
      'Maya Chen, Trainer Admin',
    );
    expect(accessorName({ accessorRole: 'TRAINER', trainer: { __typename: 'Trainer', id: 't', displayName: 'Sofia Rossi' } })).toBe('Sofia Rossi, Trainer');
    expect(accessorName({ accessorRole: 'SUPER_ADMIN', trainer: null })).toBe('FitFlow support, Super Admin');
    expect(accessorName({ accessorRole: 'CLIENT', trainer: null })).toBe('You');
  });
});
