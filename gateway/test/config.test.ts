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

  it('read the request policy: trusted proxies, CORS origins and limits, refusing what cannot be right', () => {
    const config = loadGatewayConfig({ JWKS_URL, TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.7', CORS_ORIGINS: 'https://app.fitflow.example', MAX_COST: '9000' });
    expect(config.TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '192.0.2.7']);
    expect(config.CORS_ORIGINS).toEqual(['https://app.fitflow.example']);
    expect(config.MAX_COST).toBe(9000);
    expect(loadGatewayConfig({ JWKS_URL })).toMatchObject({ TRUSTED_PROXIES: [], CORS_ORIGINS: [], MAX_DEPTH: 12, MAX_BODY_BYTES: 1_200_000 });
    expect(() => loadGatewayConfig({ JWKS_URL, TRUSTED_PROXIES: 'lb.internal' })).toThrowError(/"lb\.internal" is not an IP address or a subnet/);
    expect(() => loadGatewayConfig({ JWKS_URL, CORS_ORIGINS: '*' })).toThrowError(/"\*" is not accepted/);
    expect(() => loadGatewayConfig({ JWKS_URL, CORS_ORIGINS: 'https://app.example.com/path' })).toThrowError(/scheme, host and port only/);
    expect(() => loadGatewayConfig({ JWKS_URL, MAX_DEPTH: '0' })).toThrowError(ConfigError);
  });
});
