import type { Report, Rule } from '../types.js';
import { unitOf } from './util.js';

/**
 * A `${VAR}` with no default that no env layer defines becomes an empty string (compose only
 * warns); a `${VAR:?msg}` / `${VAR?msg}` that is missing makes compose fail: an error.
 */
export const undefinedVariable: Rule = {
  id: 'undefined-variable',
  severity: 'warning',
  description: 'A variable is referenced without a default and defined in no env layer.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    for (const f of ctx.composeFiles) {
      const unit = unitOf(ctx, f);
      const layers = unit?.envFiles.map((e) => e.file.file) ?? [];
      const where = layers.length ? `in ${layers.length === 1 ? layers[0] : `any of ${layers.length} env files`}` : 'in any env file (none given, and no .env next to the compose file)';
      const seen = new Set<string>();
      for (const r of f.refs) {
        if (!r.evaluated || r.op !== '' || unit?.env.has(r.name)) continue;
        const k = `${r.name}@${r.line}:${r.column}`;
        if (seen.has(k)) continue;
        seen.add(k);
        out.push({ loc: { file: f.file, line: r.line, column: r.column }, message: `${r.name} is not set ${where}; compose substitutes an empty string` });
      }
      for (const p of f.interpolationProblems) {
        if (p.kind !== 'required') continue;
        out.push({ loc: p.loc, severity: 'error', message: `${p.message} (set ${p.variable} in an env file)` });
      }
    }
    return out;
  },
};
