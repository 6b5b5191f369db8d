import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blindIndex, createDataKey, dataKeyIdOf, decryptField, decryptJson, encryptField, encryptJson, rewrapDataKey, unwrapDataKey } from './crypto.js';

const master = { id: 'm1', key: randomBytes(32) };
const masters = new Map([[master.id, master.key]]);

describe('field encryption', () => {
  it('round-trips a value and never stores it in the clear', () => {
    const { dataKey } = createDataKey('tenant-a.1', master);
    const sealed = encryptField(dataKey, 'Type 2 diabetes; metformin', 'clients.medical_info:row-1')!;
    expect(sealed).not.toContain('diabetes');
    expect(sealed.startsWith('v1:tenant-a.1:')).toBe(true);
    expect(decryptField(dataKey, sealed, 'clients.medical_info:row-1')).toBe('Type 2 diabetes; metformin');
  });

  it('refuses a ciphertext moved to another row or column', () => {
    const { dataKey } = createDataKey('tenant-a.1', master);
    const sealed = encryptField(dataKey, 'emma@example.com', 'clients.email:row-1')!;
    expect(() => decryptField(dataKey, sealed, 'clients.email:row-2')).toThrow();
    expect(() => decryptField(dataKey, sealed, 'clients.phone:row-1')).toThrow();
  });

  it('refuses a tampered ciphertext and another tenant’s key', () => {
    const a = createDataKey('tenant-a.1', master).dataKey;
    const b = createDataKey('tenant-b.1', master).dataKey;
    const sealed = encryptField(a, 'secret', 'x:1')!;
    const tampered = sealed.slice(0, -3) + (sealed.endsWith('AAA') ? 'BBB' : 'AAA');
    expect(() => decryptField(a, tampered, 'x:1')).toThrow();
    expect(() => decryptField(b, sealed, 'x:1')).toThrow(/another data key/);
  });

  it('accepts data key ids that contain colons', () => {
    const { dataKey } = createDataKey('client:6f1c3c2e-0b7e-4f55-9a8e-6c2f1d0e9b11', master);
    const sealed = encryptField(dataKey, 'asthma', 'x:1')!;
    expect(dataKeyIdOf(sealed)).toBe('client:6f1c3c2e-0b7e-4f55-9a8e-6c2f1d0e9b11');
    expect(decryptField(dataKey, sealed, 'x:1')).toBe('asthma');
  });

  it('uses a fresh IV each time, so equal values do not look equal', () => {
    const { dataKey } = createDataKey('t.1', master);
    expect(encryptField(dataKey, 'same', 'x:1')).not.toBe(encryptField(dataKey, 'same', 'x:1'));
  });

  it('unwraps a stored data key, and keeps working after the master key rotates', () => {
    const { dataKey, wrapped } = createDataKey('t.1', master);
    const sealed = encryptJson(dataKey, { conditions: ['asthma'] }, 'x:1');
    expect(decryptJson(unwrapDataKey(wrapped, masters), sealed, 'x:1')).toEqual({ conditions: ['asthma'] });
    const next = { id: 'm2', key: randomBytes(32) };
    const rewrapped = rewrapDataKey(wrapped, masters, next);
    expect(rewrapped.masterKeyId).toBe('m2');
    expect(decryptJson(unwrapDataKey(rewrapped, new Map([[next.id, next.key]])), sealed, 'x:1')).toEqual({ conditions: ['asthma'] });
    expect(() => unwrapDataKey(rewrapped, masters)).toThrow(/m2 is not configured/);
  });

  it('gives a blind index that matches case-insensitively within a tenant only', () => {
    const a = createDataKey('a.1', master).dataKey;
    const b = createDataKey('b.1', master).dataKey;
    expect(blindIndex(a, 'email', 'Emma@Example.com ')).toBe(blindIndex(a, 'email', 'emma@example.com'));
    expect(blindIndex(a, 'email', 'emma@example.com')).not.toBe(blindIndex(b, 'email', 'emma@example.com'));
    expect(blindIndex(a, 'email', 'emma@example.com')).not.toContain('emma');
  });
});
