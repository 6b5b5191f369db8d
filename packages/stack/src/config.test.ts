import { ConfigError, loadConfig } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { stackConfigSchema } from './config.js';

const HTTP_PORTS = ['GATEWAY_PORT', 'IDENTITY_PORT', 'STUDIOS_PORT', 'CLIENTS_PORT', 'SCHEDULING_PORT', 'FINANCE_PORT', 'WEB_PORT'];

describe("npm start's settings", () => {
  it('refuse a port browsers and fetch block for every HTTP server, saying why', () => {
    for (const name of HTTP_PORTS) {
      expect(() => loadConfig(stackConfigSchema, { [name]: '6000' }), name).toThrowError(ConfigError);
      expect(() => loadConfig(stackConfigSchema, { [name]: '6000' }), name).toThrowError(
        `${name}: port 6000 is blocked by browsers and Node's fetch (Fetch standard "bad ports", https://fetch.spec.whatwg.org/#port-blocking); choose another`,
      );
    }
  });

  it('take ordinary ports, and leave PostgreSQL (not reached over HTTP) any port', () => {
    const config = loadConfig(stackConfigSchema, { GATEWAY_PORT: '44000', WEB_PORT: '44173', EMBEDDED_PG_PORT: '6000' });
    expect([config.GATEWAY_PORT, config.WEB_PORT, config.EMBEDDED_PG_PORT, config.IDENTITY_PORT]).toEqual([44000, 44173, 6000, 4101]);
  });
});
