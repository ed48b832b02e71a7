/**
 * Inline disables, in compose (`# ...`) and env files:
 *   # pmoves-lint disable-line [rule ...]       this line
 *   # pmoves-lint disable-next-line [rule ...]  the next line
 *   # pmoves-lint disable-file [rule ...]       the whole file
 * Without rule ids every rule is disabled there.
 */
export interface Disables {
  isDisabled(rule: string, line: number): boolean;
}

const RE = /#\s*pmoves-lint\s+(disable-line|disable-next-line|disable-file)\b([^\n#]*)/;

export function parseDisables(text: string): Disables {
  const byLine = new Map<number, Set<string> | 'all'>();
  let file: Set<string> | 'all' | undefined;
  const add = (line: number, ids: string[]) => {
    const cur = byLine.get(line);
    if (cur === 'all') return;
    if (ids.length === 0) byLine.set(line, 'all');
    else byLine.set(line, new Set([...(cur ?? []), ...ids]));
  };
  if (text.includes('pmoves-lint')) {
    text.split('\n').forEach((l, i) => {
      const m = RE.exec(l);
      if (!m) return;
      const ids = m[2].split(/[\s,]+/).filter(Boolean);
      if (m[1] === 'disable-line') add(i + 1, ids);
      else if (m[1] === 'disable-next-line') add(i + 2, ids);
      else file = ids.length === 0 || file === 'all' ? 'all' : new Set([...(file ?? []), ...ids]);
    });
  }
  return {
    isDisabled(rule, line) {
      if (file === 'all' || file?.has(rule)) return true;
      const s = byLine.get(line);
      return s === 'all' || (s !== undefined && s.has(rule));
    },
  };
}
