import { readFileSync } from 'node:fs';
import { UserError } from './errors.js';

/** Reads a file the user named (or a data file); a missing or unreadable one is a user error. */
export function readUserFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, {
      file,
      hint: 'check the path (relative paths are resolved from the current directory)',
    });
  }
}
