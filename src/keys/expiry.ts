import { decodeJwt } from 'jose';
import { daysLeft } from './jwt.js';
import { secretSpecs } from './specs.js';

export interface KeyExpiry {
  name: string;
  /** ISO date of `exp`, or undefined when the key never expires / is not a JWT. */
  expires?: string;
  daysLeft?: number;
  problem?: string;
}

/** Expiry of each JWT API key of an env file (ANON_KEY, SERVICE_ROLE_KEY). */
export function keyExpiries(values: Record<string, string>, now = Math.floor(Date.now() / 1000)): KeyExpiry[] {
  const out: KeyExpiry[] = [];
  for (const spec of secretSpecs()) {
    if (spec.kind !== 'jwt') continue;
    const v = values[spec.name];
    if (!v) {
      out.push({ name: spec.name, problem: 'missing' });
      continue;
    }
    let exp: unknown;
    try {
      exp = decodeJwt(v).exp;
    } catch {
      out.push({ name: spec.name, problem: 'not a JWT' });
      continue;
    }
    if (typeof exp !== 'number') {
      out.push({ name: spec.name, problem: 'has no exp claim (never expires)' });
      continue;
    }
    out.push({ name: spec.name, expires: new Date(exp * 1000).toISOString(), daysLeft: daysLeft(exp, now) });
  }
  return out;
}
