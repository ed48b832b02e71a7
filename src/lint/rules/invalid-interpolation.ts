import type { Report, Rule } from '../types.js';

/** `${FOO` or `${FOO:x}`: docker compose refuses the file ("invalid interpolation format"). */
export const invalidInterpolation: Rule = {
  id: 'invalid-interpolation',
  severity: 'error',
  description: 'A ${...} expression is not valid compose interpolation syntax.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    for (const f of ctx.composeFiles) {
      for (const p of f.interpolationProblems) {
        if (p.kind === 'syntax') out.push({ loc: p.loc, message: `${p.message}; write $$ for a literal $` });
      }
    }
    return out;
  },
};
