import { SignJWT, compactVerify, decodeJwt, errors } from 'jose';

export type SupabaseRole = 'anon' | 'service_role';

/** Five years: long enough for an edge site to run untouched, short enough to force a rotation. */
export const DEFAULT_KEY_LIFETIME_SECONDS = 5 * 365 * 24 * 60 * 60;

export interface SignOptions {
  /** Seconds since the epoch; defaults to now. Each site signs at its own time, so keys do not expire fleet-wide on one day. */
  now?: number;
  lifetimeSeconds?: number;
}

const enc = new TextEncoder();

/** An HS256 API key as GoTrue, PostgREST, Realtime and Kong expect: {role, iss: "supabase", iat, exp}. */
export async function signRoleKey(jwtSecret: string, role: SupabaseRole, opts: SignOptions = {}): Promise<string> {
  const iat = opts.now ?? Math.floor(Date.now() / 1000);
  const exp = iat + (opts.lifetimeSeconds ?? DEFAULT_KEY_LIFETIME_SECONDS);
  return new SignJWT({ role, iss: 'supabase' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(enc.encode(jwtSecret));
}

export interface RoleKeyStatus {
  /** Signature verifies with the secret (expiry not considered). */
  verifies: boolean;
  role?: string;
  iat?: number;
  exp?: number;
  /** Why it is unusable, if it is; never contains the key or the secret. */
  problem?: string;
}

/** Checks a key against a secret without throwing: is it a JWT, signed by this secret, for this role? */
export async function inspectRoleKey(key: string, jwtSecret: string, role: SupabaseRole): Promise<RoleKeyStatus> {
  let claims: Record<string, unknown>;
  try {
    claims = decodeJwt(key);
  } catch {
    return { verifies: false, problem: 'is not a JWT' };
  }
  const base = {
    role: typeof claims.role === 'string' ? claims.role : undefined,
    iat: typeof claims.iat === 'number' ? claims.iat : undefined,
    exp: typeof claims.exp === 'number' ? claims.exp : undefined,
  };
  if (!jwtSecret) return { ...base, verifies: false, problem: 'cannot be verified: JWT_SECRET is empty' };
  try {
    // Signature only: expiry is reported separately (days left), not as a bad signature.
    await compactVerify(key, enc.encode(jwtSecret), { algorithms: ['HS256'] });
  } catch (err) {
    const why = err instanceof errors.JWSSignatureVerificationFailed ? 'is not signed by JWT_SECRET' : 'does not verify as HS256';
    return { ...base, verifies: false, problem: why };
  }
  if (base.role !== role) return { ...base, verifies: true, problem: `has role "${base.role ?? ''}", expected "${role}"` };
  return { ...base, verifies: true };
}

/** Days until `exp` (negative when expired); undefined when the key has no exp. */
export function daysLeft(exp: number | undefined, now = Math.floor(Date.now() / 1000)): number | undefined {
  if (exp === undefined) return undefined;
  return Math.floor((exp - now) / 86400);
}
