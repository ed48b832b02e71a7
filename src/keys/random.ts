import { randomBytes } from 'node:crypto';

export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const HEX = '0123456789abcdef';

/**
 * Characters that break a value somewhere in a Supabase stack: URLs (postgres://u:PW@h),
 * shells, compose `$` interpolation, `.env` quoting, kong.yml. Generated values never hold them.
 */
export const UNSAFE_SECRET_CHARS = ['$', '@', '/', '?', '#', ':', '&', '"', "'", '\\', '`'] as const;

export function unsafeCharsIn(value: string): string[] {
  return UNSAFE_SECRET_CHARS.filter((c) => value.includes(c));
}

/**
 * `length` characters drawn uniformly from `alphabet` using crypto.randomBytes. Rejection
 * sampling (not `byte % n`) so no character is more likely than another.
 */
export function randomString(length: number, alphabet: string = ALNUM): string {
  if (alphabet.length < 2 || alphabet.length > 256) throw new RangeError('alphabet must have 2..256 characters');
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    const buf = randomBytes(Math.ceil((length - out.length) * 1.3) + 8);
    for (const b of buf) {
      if (b >= limit) continue;
      out += alphabet[b % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}

/**
 * A random value that also holds at least one letter: an all-digit value turns into a number
 * when substituted into YAML (kong.yml) and loses leading zeros.
 */
export function randomSecret(length: number, encoding: 'alnum' | 'hex'): string {
  const alphabet = encoding === 'hex' ? HEX : ALNUM;
  for (;;) {
    const v = randomString(length, alphabet);
    if (/[a-zA-Z]/.test(v)) return v;
  }
}
