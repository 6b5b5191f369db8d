import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { callerAddress, callerOf, parseProxyEntry, trustedProxies } from '../src/caller.js';

/** A request as node:http gives it: headers and the socket's peer address. */
const request = (remoteAddress: string, headers: Record<string, string> = {}) => ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('trusted proxies (TRUSTED_PROXIES)', () => {
  it('accept addresses and CIDR subnets, IPv4 and IPv6, and refuse anything else', () => {
    expect(parseProxyEntry('10.0.0.1')).toEqual({ address: '10.0.0.1', family: 'ipv4' });
    expect(parseProxyEntry('10.0.0.0/8')).toEqual({ address: '10.0.0.0', prefix: 8, family: 'ipv4' });
    expect(parseProxyEntry('fd00::/8')).toEqual({ address: 'fd00::', prefix: 8, family: 'ipv6' });
    for (const bad of ['10.0.0.0/33', 'fd00::/129', 'proxy.internal', '10.0.0.0/8/1', '10.0.0.0/x', '']) expect(parseProxyEntry(bad)).toBeNull();
    expect(() => trustedProxies(['10.0.0.0/8', 'proxy.internal'])).toThrowError('"proxy.internal" is not an IP address or a subnet such as 10.0.0.0/8.');
  });

  it('match addresses inside a subnet, and IPv4 peers reported as IPv4-mapped IPv6', () => {
    const proxies = trustedProxies(['10.0.0.0/8', '192.0.2.10', '2001:db8::/32']);
    expect(proxies.has('10.200.3.4')).toBe(true);
    expect(proxies.has('::ffff:10.200.3.4')).toBe(true);
    expect(proxies.has('192.0.2.10')).toBe(true);
    expect(proxies.has('192.0.2.11')).toBe(false);
    expect(proxies.has('2001:db8::1')).toBe(true);
    expect(proxies.has('2001:db9::1')).toBe(false);
    expect(proxies.has('not an address')).toBe(false);
  });
});

describe('the caller’s address', () => {
  const proxies = trustedProxies(['10.0.0.0/8']);

  it('is the socket’s peer when the peer is not a trusted proxy: a forged X-Forwarded-For is ignored', () => {
    expect(callerAddress(request('198.51.100.4', { 'x-forwarded-for': '203.0.113.66' }), proxies)).toBe('198.51.100.4');
    expect(callerAddress(request('::ffff:198.51.100.4', { 'x-forwarded-for': '203.0.113.66' }), proxies)).toBe('198.51.100.4');
    expect(callerAddress(request('10.0.0.2', { 'x-forwarded-for': '203.0.113.66' }))).toBe('10.0.0.2');
  });

  it('behind trusted proxies, is the right-most X-Forwarded-For entry that is not one of them', () => {
    expect(callerAddress(request('10.0.0.2', { 'x-forwarded-for': '203.0.113.7' }), proxies)).toBe('203.0.113.7');
    expect(callerAddress(request('10.0.0.2', { 'x-forwarded-for': '6.6.6.6, 203.0.113.7, 10.0.0.9' }), proxies)).toBe('203.0.113.7');
    expect(callerAddress(request('10.0.0.2', { 'x-forwarded-for': 'garbage, 10.0.0.9' }), proxies)).toBe('10.0.0.9');
    expect(callerAddress(request('10.0.0.2', { 'x-forwarded-for': '10.0.0.7, 10.0.0.9' }), proxies)).toBe('10.0.0.7');
    expect(callerAddress(request('10.0.0.2'), proxies)).toBe('10.0.0.2');
  });

  it('is null when the peer is not an address at all', () => {
    expect(callerAddress(request(''), proxies)).toBeNull();
  });
});

describe('callerOf', () => {
  it('makes its own request id (a client’s X-Request-Id is ignored), once per request', () => {
    const req = request('198.51.100.4', { 'x-request-id': 'chosen-by-the-client-1234' });
    const caller = callerOf(req, {});
    expect(caller.requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(callerOf(req, {})).toBe(caller);
    expect(callerOf(request('198.51.100.4'), {}).requestId).not.toBe(caller.requestId);
  });

  it('sends the subgraphs the caller’s address alone, and believes X-Forwarded-Proto only from a trusted proxy', () => {
    const proxies = trustedProxies(['10.0.0.0/8']);
    const direct = callerOf(request('198.51.100.4', { 'x-forwarded-for': '203.0.113.66', 'x-forwarded-proto': 'https' }), { trustedProxies: proxies });
    expect(direct).toMatchObject({ ip: '198.51.100.4', forwardedFor: '198.51.100.4', secure: false });
    const proxied = callerOf(request('10.0.0.2', { 'x-forwarded-for': '203.0.113.66', 'x-forwarded-proto': 'https' }), { trustedProxies: proxies });
    expect(proxied).toMatchObject({ ip: '203.0.113.66', forwardedFor: '203.0.113.66', secure: true });
  });
});
