import type { Report, Rule, TextEdit } from '../types.js';
import { fmtLoc, offsetAt, renameInText, renameRefEdits, unitOf } from './util.js';

/**
 * Legacy PMOVES names for standard Supabase variables (SUPABASE_JWT_SECRET -> JWT_SECRET ...),
 * from the catalog's legacyAliases. Value-aware: SUPABASE_PUBLISHABLE_KEY=sb_publishable_... is
 * upstream's current name for the opaque key, not legacy. Aliases invented next to the
 * standard name (SUPABASE_SERVICE_KEY beside SERVICE_ROLE_KEY) are reported as sprawl.
 */
export const legacySupabaseVariable: Rule = {
  id: 'legacy-supabase-variable',
  severity: 'error',
  description: 'A legacy variable name is used where the standard Supabase name is expected.',
  fixable: true,
  check(ctx) {
    const out: Report[] = [];
    const cat = ctx.catalog;
    for (const f of ctx.composeFiles) {
      const unit = unitOf(ctx, f);
      const byScalar = new Map<string, typeof f.refs>();
      for (const r of f.refs) {
        const value = unit?.env.get(r.name)?.value;
        const std = cat.standardNameFor(r.name, value);
        if (!std) continue;
        const key = JSON.stringify(r.path);
        byScalar.set(key, [...(byScalar.get(key) ?? []), r]);
      }
      for (const refs of byScalar.values()) {
        const renames = new Map(refs.map((r) => [r.name, cat.standardNameFor(r.name, unit?.env.get(r.name)?.value)!]));
        const edits = renameRefEdits(f, refs[0].path, renames);
        refs.forEach((r, i) => {
          out.push({
            loc: { file: f.file, line: r.line, column: r.column },
            message: `\${${r.name}} is a legacy name: use \${${renames.get(r.name)}}`,
            // The scalar's edits ride on its first report so they are applied once.
            edits: i === 0 ? edits : [],
          });
        });
      }
    }
    // Value of each name in any env file (the last one wins), for value-aware references.
    const anyValue = new Map(ctx.envFiles.flatMap((s) => s.file.entries.map((e) => [e.key, e.value] as const)));
    for (const src of ctx.envFiles) {
      const keys = new Map(src.file.entries.map((e) => [e.key, e]));
      // Two legacy names of one standard name: only one may be renamed, or the fix would
      // create a duplicate key. Prefer the renamed (non-sprawl) alias.
      const renamedTo = new Map<string, string>();
      const ordered = [...src.file.entries].sort((a, b) => Number(!!cat.aliasInfo(a.key)?.alias.sprawl) - Number(!!cat.aliasInfo(b.key)?.alias.sprawl));
      for (const e of ordered) {
        const std = cat.standardNameFor(e.key, e.value);
        if (std && !keys.has(std) && !renamedTo.has(std)) renamedTo.set(std, e.key);
      }
      for (const e of src.file.entries) {
        const std = cat.standardNameFor(e.key, e.value);
        if (std && renamedTo.has(std) && renamedTo.get(std) !== e.key) {
          out.push({
            loc: { file: src.file.file, line: e.line, column: e.column },
            severity: 'warning',
            message: `${e.key} is another alias of ${std} (${renamedTo.get(std)} is renamed to it): remove ${e.key} and reference ${std} (alias sprawl)`,
          });
        } else if (std) {
          const info = cat.aliasInfo(e.key);
          const stdEntry = keys.get(std) ?? ctx.envFiles.flatMap((s) => s.file.entries.map((x) => ({ ...x, file: s.file.file }))).find((x) => x.key === std);
          const loc = { file: src.file.file, line: e.line, column: e.column };
          if (info?.alias.sprawl && stdEntry) {
            out.push({ loc, severity: 'warning', message: `${e.key} is an alias of ${std} (set at ${fmtLoc({ file: (stdEntry as any).file ?? src.file.file, line: stdEntry.line })}): remove it and reference ${std} (alias sprawl)` });
          } else if (stdEntry) {
            out.push({ loc, message: `${e.key} is a legacy name of ${std}, which is also set (${fmtLoc({ file: (stdEntry as any).file ?? src.file.file, line: stdEntry.line })}): remove ${e.key}` });
          } else {
            const start = offsetAt(src.text, e.line, e.column);
            out.push({
              loc,
              message: `${e.key} is a legacy name: rename it to ${std}`,
              edits: [{ file: src.file.file, start, end: start + e.key.length, text: std }],
            });
          }
        }
        // References inside values: A=${SUPABASE_JWT_SECRET}
        if (e.quote !== 'single' && e.raw && e.raw.includes('$')) {
          const base = offsetAt(src.text, e.line, e.valueColumn);
          const refsEdits = renameInTextLegacy(e.raw, base, src.file.file, (n) => cat.standardNameFor(n, anyValue.get(n)));
          for (const ed of refsEdits) {
            out.push({ loc: { file: src.file.file, line: e.line, column: e.valueColumn }, message: `\${${ed.from}} is a legacy name: use \${${ed.text}}`, edits: [ed] });
          }
        }
      }
    }
    return out;
  },
};

function renameInTextLegacy(raw: string, base: number, file: string, std: (name: string) => string | undefined): Array<TextEdit & { from: string }> {
  const names = new Map<string, string>();
  // Collect candidate names first, then let renameInText produce exact offsets.
  for (const m of raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) {
    const s = std(m[1]);
    if (s) names.set(m[1], s);
  }
  if (names.size === 0) return [];
  return renameInText(raw, base, file, names).map((ed) => ({ ...ed, from: raw.slice(ed.start - base, ed.end - base) }));
}
