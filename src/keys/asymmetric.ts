import { calculateJwkThumbprint, exportJWK, generateKeyPair, base64url, type JWK } from 'jose';
import { randomString } from './random.js';

/**
 * The asymmetric key set of newer Supabase releases. GoTrue signs user sessions with the
 * private ES256 key in JWT_KEYS; PostgREST, Realtime and Storage verify with JWT_JWKS. Both also
 * carry the legacy HS256 secret as an "oct" key so ANON_KEY / SERVICE_ROLE_KEY keep verifying
 * during the migration.
 */
export const LEGACY_KID = 'legacy-hs256';

export async function newSigningJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint({ kty: jwk.kty!, crv: jwk.crv!, x: jwk.x!, y: jwk.y! });
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, d: jwk.d, kid, alg: 'ES256', use: 'sig', key_ops: ['sign', 'verify'] };
}

function legacyJwk(jwtSecret: string): JWK {
  return { kty: 'oct', k: base64url.encode(jwtSecret), kid: LEGACY_KID, alg: 'HS256', key_ops: ['verify'] };
}

/** JWT_KEYS: a JSON array (GoTrue's GOTRUE_JWT_KEYS format), signing key first. */
export function buildJwtKeys(signing: JWK, jwtSecret: string): string {
  return JSON.stringify([signing, legacyJwk(jwtSecret)]);
}

/** The private ES256 signing key of a JWT_KEYS value, or undefined when it has none or is not JSON. */
export function signingKeyOf(jwtKeys: string): JWK | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(jwtKeys);
  } catch {
    return undefined;
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { keys?: unknown })?.keys;
  if (!Array.isArray(list)) return undefined;
  return list.find((k: JWK) => k && k.kty === 'EC' && k.crv === 'P-256' && typeof k.d === 'string' && k.x && k.y) as JWK | undefined;
}

/**
 * JWT_JWKS: the public half, as an object `{"keys": [...]}` — Realtime's API_JWT_JWKS rejects a
 * bare array. The oct key stays in (verifiers need it for the HS256 keys), so JWT_JWKS is secret.
 */
export function buildJwks(jwtKeys: string): string {
  const list = JSON.parse(jwtKeys) as JWK[];
  const keys = list.map((k) => {
    if (k.kty === 'EC') {
      return { kty: k.kty, crv: k.crv, x: k.x, y: k.y, kid: k.kid, alg: k.alg, use: 'sig', key_ops: ['verify'] };
    }
    return { ...k, key_ops: ['verify'] };
  });
  return JSON.stringify({ keys });
}

/** `sb_publishable_...` / `sb_secret_...`: the prefix plus 32 random alphanumerics. */
export function opaqueKey(prefix: string, length = 32): string {
  return prefix + randomString(length);
}

/** Semantic equality of two JSON texts (key order and whitespace ignored). */
export function sameJson(a: string, b: string): boolean {
  const norm = (s: string): string => {
    const sortDeep = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sortDeep)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, sortDeep((v as Record<string, unknown>)[k])]))
          : v;
    return JSON.stringify(sortDeep(JSON.parse(s)));
  };
  try {
    return norm(a) === norm(b);
  } catch {
    return false;
  }
}
