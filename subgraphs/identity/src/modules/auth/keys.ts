import type { SigningKey } from '@fitflow/kit';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface KeyMaterial {
  signing: SigningKey;
  publicKey: CryptoKey;
  /** The JSON Web Key Set served at `/.well-known/jwks.json` (public keys only). */
  jwks: { keys: JWK[] };
}

async function fromPrivateJwk(jwk: JWK & { kid?: string }): Promise<KeyMaterial> {
  const kid = jwk.kid ?? 'default';
  const privateKey = (await importJWK({ ...jwk, alg: 'EdDSA' }, 'EdDSA')) as CryptoKey;
  const { d: _private, ...publicJwk } = jwk;
  const publicKey = (await importJWK({ ...publicJwk, alg: 'EdDSA' }, 'EdDSA')) as CryptoKey;
  return { signing: { privateKey, kid }, publicKey, jwks: { keys: [{ ...publicJwk, kid, alg: 'EdDSA', use: 'sig' }] } };
}

/**
 * Loads the access-token signing key: from `privateJwk` (configuration) when given, else from `keyFile`, generating
 * and saving a new Ed25519 key there on first use (development only; the file is git-ignored under `.data/`).
 */
export async function loadKeyMaterial(privateJwk: string | undefined, keyFile: string): Promise<KeyMaterial> {
  if (privateJwk) return fromPrivateJwk(JSON.parse(privateJwk));
  if (existsSync(keyFile)) return fromPrivateJwk(JSON.parse(readFileSync(keyFile, 'utf8')));
  const { privateKey } = await generateKeyPair('EdDSA', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: `dev-${new Date().toISOString().slice(0, 10)}` };
  mkdirSync(dirname(keyFile), { recursive: true });
  writeFileSync(keyFile, JSON.stringify(jwk), { mode: 0o600 });
  return fromPrivateJwk(jwk);
}
