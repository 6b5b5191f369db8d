import { generateKeyPair, type JWTVerifyGetKey } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokenVerifier, signAccessToken, type Viewer } from './auth.js';

const ISSUER = 'fitflow-test';
const AUDIENCE = 'fitflow-api';
const maya: Viewer = { userId: '8c1e7a52-4c1b-4d52-9a3f-1f4f3c0b2d11', roles: [{ role: 'trainer', scopeId: '0f7d7c55-64a4-4f0e-9d9b-3a3d2f6c1e22' }] };

async function keys() {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  let lookups = 0;
  const getKey: JWTVerifyGetKey = async () => {
    lookups += 1;
    return publicKey;
  };
  return { signing: { privateKey, kid: 'test' }, getKey, lookups: () => lookups };
}

describe('access-token verification, remembered per process', () => {
  it('verifies a token once and answers the same frozen caller for every later request', async () => {
    const { signing, getKey, lookups } = await keys();
    const verify = createTokenVerifier({ getKey, issuer: ISSUER, audience: AUDIENCE });
    const { token } = await signAccessToken(signing, maya, { issuer: ISSUER, audience: AUDIENCE });
    const first = await verify(`Bearer ${token}`);
    const again = await verify(`Bearer ${token}`);
    expect(first).toEqual(maya);
    expect(again).toBe(first);
    expect(lookups()).toBe(1);
    expect(Object.isFrozen(first!.roles[0])).toBe(true);
  });

  it('refuses a remembered token once it has expired', async () => {
    const { signing, getKey } = await keys();
    const verify = createTokenVerifier({ getKey, issuer: ISSUER, audience: AUDIENCE });
    const { token } = await signAccessToken(signing, maya, { issuer: ISSUER, audience: AUDIENCE, ttlSeconds: 1 });
    expect(await verify(`Bearer ${token}`)).toEqual(maya);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(verify(`Bearer ${token}`)).rejects.toMatchObject({ message: expect.stringMatching(/expired/) });
  });

  it('never remembers a refusal: a forged token is checked, and refused, every time', async () => {
    const { signing, getKey, lookups } = await keys();
    const other = await keys();
    const verify = createTokenVerifier({ getKey, issuer: ISSUER, audience: AUDIENCE });
    const { token: forged } = await signAccessToken(other.signing, maya, { issuer: ISSUER, audience: AUDIENCE });
    for (let i = 0; i < 2; i++) await expect(verify(`Bearer ${forged}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(lookups()).toBe(2);
    // A token for another audience is not accepted because a valid one was remembered.
    const { token: good } = await signAccessToken(signing, maya, { issuer: ISSUER, audience: AUDIENCE });
    await verify(`Bearer ${good}`);
    const { token: elsewhere } = await signAccessToken(signing, maya, { issuer: ISSUER, audience: 'another-api' });
    await expect(verify(`Bearer ${elsewhere}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
