import { expect, it } from 'vitest';

/**
 * The unit project's canary: a test that must fail, run by `.ci/run` with FITFLOW_CANARY=1 beside the
 * integration project's (always-fails.int.test.ts), so CI proves a failure in either project exits
 * non-zero.
 */
it('fails on purpose in the unit project', () => {
  expect(1).toBe(2);
});
