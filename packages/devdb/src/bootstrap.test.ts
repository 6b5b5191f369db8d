import { describe, expect, it } from 'vitest';
import { rolePasswordsFromEnv, rolePasswordVariable } from './bootstrap.js';

const SUBGRAPHS = ['identity', 'studios', 'clients', 'scheduling', 'finance'] as const;
const every = (env: Record<string, string> = {}) =>
  Object.fromEntries(
    SUBGRAPHS.flatMap((s) => [
      [rolePasswordVariable(s, 'app'), `app-${s}`],
      [rolePasswordVariable(s, 'owner'), `owner-${s}`],
    ]).concat(Object.entries(env)),
  );

describe('rolePasswordsFromEnv', () => {
  it('takes each role password from its own variable', () => {
    const passwords = rolePasswordsFromEnv(every({ NODE_ENV: 'production' }));
    expect(passwords?.app.clients).toBe('app-clients');
    expect(passwords?.owner.finance).toBe('owner-finance');
    expect(rolePasswordVariable('scheduling', 'app')).toBe('SCHEDULING_DB_PASSWORD');
    expect(rolePasswordVariable('scheduling', 'owner')).toBe('SCHEDULING_DB_OWNER_PASSWORD');
  });

  it('leaves development on its development passwords when none is set', () => {
    expect(rolePasswordsFromEnv({ NODE_ENV: 'development' })).toBeNull();
  });

  it('refuses production without them, naming what is missing', () => {
    expect(() => rolePasswordsFromEnv({ NODE_ENV: 'production' })).toThrow(/IDENTITY_DB_PASSWORD.*FINANCE_DB_OWNER_PASSWORD/);
  });

  it('refuses a partial set in any mode (a role left on a development password)', () => {
    const partial = every();
    delete partial.STUDIOS_DB_OWNER_PASSWORD;
    expect(() => rolePasswordsFromEnv(partial)).toThrow(/^Database role passwords missing: STUDIOS_DB_OWNER_PASSWORD \(/);
  });
});
