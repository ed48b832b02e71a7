import { lintData } from '../data.js';
import type { Report, Rule } from '../types.js';
import { isObj } from './util.js';

/** `GOTRUE_JWT_EXP: 3600` instead of `${JWT_EXPIRY}`: the service ignores what the env says. */
export const hardcodedVariable: Rule = {
  id: 'hardcoded-variable',
  severity: 'warning',
  description: 'A Supabase service setting is hard-coded instead of taken from its catalog variable.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    const wired = lintData().wiredVariables ?? {};
    for (const f of ctx.composeFiles) {
      const svcs = f.raw?.services;
      if (!isObj(svcs)) continue;
      for (const [name, svc] of Object.entries<any>(svcs)) {
        const env = svc?.environment;
        const pairs: Array<[string, unknown, Array<string | number>]> = Array.isArray(env)
          ? env.map((x, i) => {
              const s = String(x);
              const at = s.indexOf('=');
              return [at === -1 ? s : s.slice(0, at), at === -1 ? null : s.slice(at + 1), ['services', name, 'environment', i]];
            })
          : isObj(env)
            ? Object.entries(env).map(([k, v]) => [k, v, ['services', name, 'environment', k]])
            : [];
        for (const [k, v, path] of pairs) {
          const target = wired[k];
          if (!target || v === null || v === undefined || v === '' || String(v).includes('$')) continue;
          const secret = ctx.catalog.isSecret(target);
          out.push({
            loc: f.locate(path)!,
            severity: secret ? 'error' : undefined,
            message: `${name}: ${k} is hard-coded${secret ? ' (a secret in the compose file)' : ` (${String(v)})`}; use \${${target}} so it follows the env`,
          });
        }
      }
    }
    return out;
  },
};
