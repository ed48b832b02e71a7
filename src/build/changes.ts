/**
 * Which images a change touches. Globs follow the GitHub `paths:` filter: `**` crosses
 * directories, `*` and `?` stay within one, a trailing `/` means everything below, and a leading
 * `!` excludes what earlier patterns matched.
 */
export function globToRegExp(glob: string): RegExp {
  let g = glob.replace(/^\.\//, '');
  if (g.endsWith('/')) g += '**';
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        // `**/` matches zero or more directories; a bare `**` matches anything
        if (g[i + 2] === '/') {
          re += '(?:.*/)?';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function matchesPaths(file: string, patterns: string[]): boolean {
  const f = file.replace(/^\.\//, '');
  let hit = false;
  for (const p of patterns) {
    if (p.startsWith('!')) {
      if (hit && globToRegExp(p.slice(1)).test(f)) hit = false;
    } else if (!hit && globToRegExp(p).test(f)) hit = true;
  }
  return hit;
}

/** The changed files that trigger a rebuild of an image with these path patterns. */
export function relevantChanges(changed: string[], patterns: string[]): string[] {
  return changed.filter((f) => matchesPaths(f, patterns));
}

/** `--changed-files` content: one path per line (git diff --name-only), or a JSON array. */
export function parseChangedFiles(text: string): string[] {
  const t = text.trim();
  if (t.startsWith('[')) return (JSON.parse(t) as unknown[]).map(String);
  return t
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}
