import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The pmoves-toolkit checkout or installed package this code runs from. Data files
 * (env-templates/catalog.yaml, schemas, tables) are read relative to it, whether the code runs
 * from src/ (tsx, vitest), dist/cli.js, or dist/actions/<name>.js inside an action checkout.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'pmoves-toolkit') return (cached = dir);
      } catch {
        // not ours; keep walking up
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the pmoves-toolkit package root above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

export function fromRoot(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
