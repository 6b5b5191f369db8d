import { validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { CreateClientInput, UpdateClientInput } from './client.inputs.js';
import { changesOf } from './client.service.js';
import { isPastLocalDate, PHONE_PATTERN } from './client.validation.js';

const NOW = new Date('2026-11-20T12:00:00Z');

describe('date of birth', () => {
  it('accepts calendar dates before today (UTC) and from 1900 on', () => {
    expect(isPastLocalDate('1985-02-28', NOW)).toBe(true);
    expect(isPastLocalDate('2026-11-19', NOW)).toBe(true);
  });

  it('rejects today, the future, impossible dates and other shapes', () => {
    for (const value of ['2026-11-20', '2030-01-01', '1899-12-31', '1985-02-30', '1985-2-3', 19850203, null]) {
      expect(isPastLocalDate(value, NOW)).toBe(false);
    }
  });
});

describe('phone numbers', () => {
  it('accepts numbers as people type them and rejects words', () => {
    for (const ok of ['+1-416-555-0140', '(604) 555 0123', '4165550140']) expect(PHONE_PATTERN.test(ok)).toBe(true);
    for (const bad of ['call me', '12', '+1-416-555-0140 ext']) expect(PHONE_PATTERN.test(bad)).toBe(false);
  });
});

describe('client inputs', () => {
  const errorsOf = async (input: object) =>
    (await validate(input, { skipMissingProperties: true, forbidUnknownValues: false, whitelist: true })).map((e) => e.property);

  it('names the field at fault', async () => {
    const input = Object.assign(new CreateClientInput(), { firstName: '', lastName: 'Wilson', email: 'not-an-email', dateOfBirth: '2999-01-01' });
    expect((await errorsOf(input)).sort()).toEqual(['dateOfBirth', 'email', 'firstName']);
  });

  it('lets an update omit names but not set them to null', async () => {
    expect(await errorsOf(Object.assign(new UpdateClientInput(), { goals: 'Run 10 km' }))).toEqual([]);
    expect(await errorsOf(Object.assign(new UpdateClientInput(), { firstName: null }))).toEqual(['firstName']);
  });

  it('turns an update into column changes: omitted stays, null clears', () => {
    expect(changesOf(Object.assign(new UpdateClientInput(), { lastName: ' Roy ', phone: null, email: 'Emma@Example.com' }))).toEqual({
      lastName: 'Roy',
      phone: null,
      email: 'emma@example.com',
    });
  });
});
