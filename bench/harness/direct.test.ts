import { describe, expect, it } from 'vitest';
import { errorCodes, planSteps, replayableHeaders } from './direct.js';

const fetch = (name: string, sentAt: number, answeredAt: number) => ({ name, sentAt, answeredAt });

describe('the plan of recorded subgraph fetches', () => {
  it('runs fetches sent before any of their step was answered in parallel, and the rest after', () => {
    const steps = planSteps([
      fetch('finance children', 12, 30),
      fetch('studios', 0, 10),
      fetch('finance', 11, 25),
      fetch('trainers', 31, 40),
      fetch('studio names', 31.5, 38),
      fetch('clients', 41, 50),
    ]);
    expect(steps.map((step) => step.map((f) => f.name))).toEqual([['studios'], ['finance', 'finance children'], ['trainers', 'studio names'], ['clients']]);
  });

  it('is empty for no fetches, one step for one', () => {
    expect(planSteps([])).toEqual([]);
    expect(planSteps([fetch('identity', 0, 1)])).toHaveLength(1);
  });
});

describe('replayed headers', () => {
  it('keeps the headers the gateway chose and drops hop-by-hop, length, host and tracing ones', () => {
    expect(
      replayableHeaders({
        'content-type': 'application/json',
        authorization: 'Bearer x',
        'x-fitflow-gateway': 'jwt',
        connection: 'keep-alive',
        'keep-alive': 'timeout=5',
        'content-length': '42',
        host: '127.0.0.1:1',
        traceparent: '00-abc',
        'x-forwarded-for': ['1.2.3.4', '5.6.7.8'],
      }),
    ).toEqual({ 'content-type': 'application/json', authorization: 'Bearer x', 'x-fitflow-gateway': 'jwt', 'x-forwarded-for': '1.2.3.4, 5.6.7.8' });
  });

  it('names the GraphQL error codes of a failed answer, never its data', () => {
    expect(errorCodes('{"data":{"client":{"firstName":"Emma"}},"errors":[{"message":"m","extensions":{"code":"FORBIDDEN"}},{"message":"plain"}]}')).toBe(
      'FORBIDDEN, plain',
    );
    expect(errorCodes('<html>')).toBe('not JSON');
  });
});
