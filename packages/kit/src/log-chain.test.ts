import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalInstant, canonicalLogContent, logRowHash } from './log-chain.js';

/** The canonical content of a security-log row (docs/security.md, "Audit trail"), byte for byte. */
describe('the canonical content of a log row', () => {
  it('writes instants in UTC with six fractional digits, from PostgreSQL ISO text in UTC only', () => {
    expect(canonicalInstant('2026-12-02 03:41:46.1234+00')).toBe('2026-12-02T03:41:46.123400Z');
    expect(canonicalInstant('2026-12-02 03:41:46+00')).toBe('2026-12-02T03:41:46.000000Z');
    expect(canonicalInstant('2026-12-02 03:41:46.000001+00')).toBe('2026-12-02T03:41:46.000001Z');
    for (const other of ['2026-12-02 04:41:46+01', 'infinity', '2026-12-02T03:41:46Z', 'Wed Dec 02 03:41:46 2026 UTC']) {
      expect(() => canonicalInstant(other), other).toThrow(/not a UTC timestamptz in ISO style/);
    }
  });

  it('length-prefixes each field (UTF-8 bytes, big-endian), marks NULL with one zero byte, in the listed column order', () => {
    const row = {
      chain_seq: '7',
      id: 'a',
      kind: 'not_found',
      user_id: 'é',
      app_id: null,
      resource_type: 'Client',
      field: null,
      resource_id: null,
      ip_address: '192.0.2.1',
      request_id: '',
      created_at: '2026-12-02 03:41:46.5+00',
    };
    const field = (text: string) => Buffer.concat([Buffer.of(1), Buffer.from([0, 0, 0, Buffer.byteLength(text)]), Buffer.from(text)]);
    const expected = Buffer.concat([
      field('7'),
      field('a'),
      field('not_found'),
      Buffer.from([1, 0, 0, 0, 2, 0xc3, 0xa9]), // "é" is two bytes
      Buffer.of(0),
      field('Client'),
      Buffer.of(0),
      Buffer.of(0),
      field('192.0.2.1'),
      Buffer.from([1, 0, 0, 0, 0]), // an empty string is not NULL
      field('2026-12-02T03:41:46.500000Z'),
    ]);
    expect(canonicalLogContent('refusal_log', row).toString('hex')).toBe(expected.toString('hex'));
    expect(canonicalLogContent('refusal_log', { ...row, request_id: null })).not.toEqual(canonicalLogContent('refusal_log', row));
  });

  it('hashes the previous hash followed by the content: the first row follows 32 zero bytes', () => {
    const content = Buffer.from('content');
    expect(GENESIS_HASH).toEqual(Buffer.alloc(32));
    expect(logRowHash(GENESIS_HASH, content).toString('hex')).toBe(
      createHash('sha256')
        .update(Buffer.concat([Buffer.alloc(32), content]))
        .digest('hex'),
    );
  });
});
