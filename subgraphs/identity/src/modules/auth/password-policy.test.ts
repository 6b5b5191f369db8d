import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { assertPasswordAcceptable } from './password-policy.js';

describe('password policy', () => {
  it('refuses short passwords', async () => {
    await expect(assertPasswordAcceptable('Sh0rt!')).rejects.toThrow(/at least 12 characters/);
  });

  it('refuses common breached passwords even when long enough', async () => {
    for (const password of ['password1234', 'qwertyuiop123', 'iloveyou1234']) {
      await expect(assertPasswordAcceptable(password), password).rejects.toThrow(/too easy to guess/);
    }
  });

  it('refuses the user’s own email as password', async () => {
    await expect(assertPasswordAcceptable('maya.chen@fitflow.demo', ['maya.chen@fitflow.demo'])).rejects.toThrow(/too easy to guess/);
  });

  it('accepts a long passphrase', async () => {
    await expect(assertPasswordAcceptable('copper-lantern-gravel-orbit')).resolves.toBeUndefined();
  });
});

describe('password dictionaries in memory', () => {
  /**
   * In a fresh process (this worker's module cache is shared with other files): imports what identity's
   * process imports at start, lists the zxcvbn-ts modules loaded, then checks three passwords at once
   * (the first checks) and one more, counting how often zxcvbn ranks its dictionaries (the costly step).
   */
  const SRC = fileURLToPath(new URL('../../', import.meta.url));
  const CHILD = `
    import { createRequire } from 'node:module';
    const src = ${JSON.stringify(SRC)};
    const require = createRequire(src + 'index.ts');
    const loaded = () => Object.keys(require.cache).filter((path) => path.includes('@zxcvbn-ts')).map((path) => path.split('@zxcvbn-ts/')[1].split('/')[0]);
    for (const entry of ['config', 'entities', 'migrations/index', 'server']) await import(src + entry + '.ts');
    const atStart = [...new Set(loaded())];
    const { Options } = require('@zxcvbn-ts/core');
    let rankings = 0;
    const rank = Options.prototype.setRankedDictionaries;
    Options.prototype.setRankedDictionaries = function (...args) { rankings++; return rank.apply(this, args); };
    const { assertPasswordAcceptable } = await import(src + 'modules/auth/password-policy.ts');
    const outcome = (password, context) => Promise.resolve().then(() => assertPasswordAcceptable(password, context)).then(() => 'accepted', (error) => error.message);
    const first = await Promise.all([
      outcome('password1234'),
      outcome('copper-lantern-gravel-orbit'),
      outcome('maya.chen@fitflow.demo', ['maya.chen@fitflow.demo']),
    ]);
    const later = await outcome('violet-harbour-pebble-lantern');
    console.log(JSON.stringify({ atStart, first, later, rankings, afterwards: [...new Set(loaded())].sort() }));
  `;

  it('are loaded at the first password check, once for concurrent first checks, and not at start', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], { cwd: SRC });
    const run = JSON.parse(stdout) as { atStart: string[]; first: string[]; later: string; rankings: number; afterwards: string[] };
    // Identity's modules, all imported, load none of zxcvbn-ts: neither the checker nor its dictionaries.
    expect(run.atStart).toEqual([]);
    // The first checks already apply the dictionaries: a breached password and one's own email are refused.
    expect(run.first).toEqual([
      'This password is too easy to guess. This is similar to a commonly used password. Add more words that are less common.',
      'accepted',
      expect.stringMatching(/^This password is too easy to guess\./),
    ]);
    expect(run.later).toBe('accepted');
    expect(run.rankings).toBe(1);
    expect(run.afterwards).toEqual(['core', 'dictionary-compression', 'language-common', 'language-en']);
  });
});
