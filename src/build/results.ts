import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import type { LegResult } from './engine.js';

/** `results` is JSON (an array of leg results), a JSON file, or a directory of them (download-artifact). */
export function readResults(value: string, cwd: string): LegResult[] {
  const p = resolve(cwd, value);
  if (!value.trim().startsWith('[') && existsSync(p)) {
    if (statSync(p).isDirectory()) {
      const files: string[] = [];
      const walk = (d: string) => {
        for (const f of readdirSync(d)) {
          const full = join(d, f);
          if (statSync(full).isDirectory()) walk(full);
          else if (f.endsWith('.json')) files.push(full);
        }
      };
      walk(p);
      return files.sort().flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as LegResult[]);
    }
    return JSON.parse(readFileSync(p, 'utf8')) as LegResult[];
  }
  try {
    return JSON.parse(value) as LegResult[];
  } catch {
    throw new UserError('input results is neither JSON nor an existing file or directory', { hint: 'pass the metadata output of build-images, or the directory download-artifact wrote' });
  }
}

