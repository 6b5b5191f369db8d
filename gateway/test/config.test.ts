import { ConfigError } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../src/config.js';

const JWKS_URL = 'http://127.0.0.1:4101/.well-known/jwks.json';

describe("the gateway's settings", () => {
  it('refuse a port that browsers and fetch block, saying why', () => {
    expect(() => loadGatewayConfig({ PORT: '6666', JWKS_URL })).toThrowError(ConfigError);
    expect(() => loadGatewayConfig({ PORT: '6666', JWKS_URL })).toThrowError(/PORT: port 6666 is blocked by browsers and Node's fetch/);
    expect(loadGatewayConfig({ PORT: '44000', JWKS_URL }).PORT).toBe(44000);
  });
});
