import { describe, expect, it } from 'vitest';
import { assertPasswordAcceptable } from './password-policy.js';

describe('password policy', () => {
  it('refuses short passwords', () => {
    expect(() => assertPasswordAcceptable('Sh0rt!')).toThrow(/at least 12 characters/);
  });

  it('refuses common breached passwords even when long enough', () => {
    for (const password of ['password1234', 'qwertyuiop123', 'iloveyou1234']) {
      expect(() => assertPasswordAcceptable(password), password).toThrow(/too easy to guess/);
    }
  });

  it('refuses the user’s own email as password', () => {
    expect(() => assertPasswordAcceptable('maya.chen@fitflow.demo', ['maya.chen@fitflow.demo'])).toThrow(/too easy to guess/);
  });

  it('accepts a long passphrase', () => {
    expect(() => assertPasswordAcceptable('copper-lantern-gravel-orbit')).not.toThrow();
  });
});
