import { lintData } from '../data.js';
import { decodeJwt, verifyHs256 } from '../jwt.js';
import type { Report, Rule } from '../types.js';

const day = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * ANON_KEY / SERVICE_ROLE_KEY (catalog formats jwt:<role>) must be HS256 JWTs signed by the
 * resolved JWT_SECRET, with the right `role`, not expired and not about to expire.
 */
export const jwtKeyMismatch: Rule = {
  id: 'jwt-key-mismatch',
  severity: 'error',
  description: 'An API key is not an HS256 JWT signed by JWT_SECRET with the right role, or it expires soon.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    const warnDays = lintData().expiryWarningDays ?? 90;
    const jwtVars = ctx.catalog.variables.filter((v) => v.format?.startsWith('jwt:'));
    for (const u of ctx.units) {
      const secret = u.env.get('JWT_SECRET');
      const secretUsable = secret && secret.value && !secret.value.includes('$');
      for (const v of jwtVars) {
        const rv = u.env.get(v.name);
        if (!rv || !rv.value || rv.value.includes('$') || /^sb_(publishable|secret)_/.test(rv.value)) continue;
        const src = u.envFiles.find((s) => s.file.file === rv.file);
        const entry = src?.file.entries.find((e) => e.line === rv.line);
        const loc = { file: rv.file, line: rv.line, column: entry?.valueColumn ?? 1 };
        const role = v.format!.slice(4);
        const jwt = decodeJwt(rv.value);
        if (!jwt) {
          out.push({ loc, message: `${v.name} is not a JWT; it must be an HS256 JWT with role "${role}" signed by JWT_SECRET (pmoves keys generate)` });
          continue;
        }
        if (jwt.header.alg !== 'HS256') {
          out.push({ loc, message: `${v.name} is signed with ${String(jwt.header.alg)}, not HS256` });
          continue;
        }
        if (secretUsable && !verifyHs256(jwt, secret!.value)) {
          out.push({ loc, message: `${v.name} is not signed by JWT_SECRET (${secret!.file}:${secret!.line}); regenerate the keys together with the secret` });
        }
        if (jwt.payload.role !== role) {
          out.push({ loc, message: `${v.name} has role "${String(jwt.payload.role)}", expected "${role}"` });
        }
        const exp = typeof jwt.payload.exp === 'number' ? jwt.payload.exp * 1000 : undefined;
        if (exp !== undefined) {
          const left = exp - ctx.now.getTime();
          if (left <= 0) out.push({ loc, message: `${v.name} expired on ${isoDay(exp)}` });
          else if (left < warnDays * day) {
            out.push({ loc, severity: 'warning', message: `${v.name} expires on ${isoDay(exp)} (in ${Math.ceil(left / day)} days); rotate it with pmoves keys` });
          }
        }
      }
    }
    return out;
  },
};
