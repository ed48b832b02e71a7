import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../core/errors.js';

/**
 * The text of an env file, or '' when it does not exist and `missingOk` (generate creates it).
 * Unreadable paths become UserErrors with the file name, not stack traces.
 */
export function readEnvText(path: string, opts: { missingOk?: boolean } = {}): string {
  try {
    if (statSync(path).isDirectory()) throw new UserError('env file is a directory', { file: path, hint: 'pass the env file itself, e.g. --env-file .env' });
    return readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && opts.missingOk) return '';
    throw new UserError(code === 'ENOENT' ? 'env file not found' : `cannot read the env file (${code})`, {
      file: path,
      hint: code === 'ENOENT' ? 'check the path, or create it with pmoves keys generate --env-file F' : 'check the permissions',
    });
  }
}
