import { basename } from 'node:path';
import type { Report, Rule } from '../types.js';

/**
 * A `${VAR}` with no default that no env layer defines becomes an empty string (compose only
 * warns); a `${VAR:?msg}` / `${VAR?msg}` that is missing makes compose fail: an error. With
 * several layer combinations (platforms x environments) one finding names where it is missing.
 */
export const undefinedVariable: Rule = {
  id: 'undefined-variable',
  severity: 'warning',
  description: 'A variable is referenced without a default and defined in no env layer.',
  fixable: false,
  check(ctx) {
    const missing = new Map<string, { loc: { file: string; line: number; column: number }; name: string; required?: string; sets: string[]; total: Set<string> }>();
    for (const u of ctx.units) {
      if (!u.project) continue;
      const set = u.envFiles.length ? u.envFiles.map((e) => basename(e.file.file)).join(' + ') : '';
      for (const f of u.project.files) {
        const note = (name: string, loc: { file: string; line: number; column: number }, required?: string) => {
          const k = `${name}@${loc.file}:${loc.line}:${loc.column}`;
          const m = missing.get(k) ?? { loc, name, required, sets: [], total: new Set<string>() };
          if (!m.sets.includes(set)) m.sets.push(set);
          missing.set(k, m);
        };
        for (const r of f.refs) {
          if (r.evaluated && r.op === '' && !u.env.has(r.name)) note(r.name, { file: f.file, line: r.line, column: r.column });
        }
        for (const p of f.interpolationProblems) if (p.kind === 'required' && p.variable) note(p.variable, p.loc, p.message);
      }
    }
    // How many layer sets lint each file, to say "in every" or "in 2 of 8".
    const setsPerFile = new Map<string, Set<string>>();
    for (const u of ctx.units) {
      for (const f of u.project?.files ?? []) {
        const s = setsPerFile.get(f.file) ?? new Set<string>();
        s.add(u.envFiles.map((e) => basename(e.file.file)).join(' + '));
        setsPerFile.set(f.file, s);
      }
    }
    const out: Report[] = [];
    for (const m of missing.values()) {
      const all = setsPerFile.get(m.loc.file)?.size ?? 1;
      const where =
        m.sets.length === 1 && m.sets[0] === ''
          ? 'in any env file (none given, and no .env next to the compose file)'
          : m.sets.length === all && all > 1
            ? `in any of the ${all} env layer combinations`
            : `in ${m.sets[0]}${m.sets.length > 1 ? ` (and ${m.sets.length - 1} more of ${all} layer combinations)` : all > 1 ? ` (1 of ${all} layer combinations)` : ''}`;
      if (m.required) out.push({ loc: m.loc, severity: 'error', message: `${m.required}: ${m.name} is not set ${where}` });
      else out.push({ loc: m.loc, message: `${m.name} is not set ${where}; compose substitutes an empty string` });
    }
    return out;
  },
};
