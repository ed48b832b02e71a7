import { readFileSync } from 'node:fs';
import { UserError } from '../core/errors.js';

/**
 * One `KEY=value` of an env file. Lines and columns are 1-based. `value` is the literal value
 * after quote and escape processing but before interpolation: unquoted and double-quoted values
 * may still contain `${VAR}` references (compose expands them), single-quoted ones never do.
 */
export interface EnvEntry {
  key: string;
  value: string;
  line: number;
  column: number;
  /** Line of the last character of the value (differs from `line` for multi-line quoted values). */
  endLine: number;
  /** Column where the value as written starts (its opening quote when quoted). */
  valueColumn: number;
  exported: boolean;
  quote: 'none' | 'single' | 'double';
  /** The value exactly as written, quotes included (used by edits and the code frame). */
  raw?: string;
}

export interface EnvFile {
  file: string;
  entries: EnvEntry[];
}

/** compose-go accepts letters, digits, `_ . - [ ]` in names; a leading digit is rejected by shells, not by compose. */
const KEY_CHAR = /[A-Za-z0-9_.\-[\]]/;

function lineColAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/** Double-quoted escapes as compose-go expands them; `\$` is kept so interpolation leaves a literal `$`. */
function unescapeDouble(s: string): string {
  return s.replace(/\\([\s\S])/g, (m, c: string) => {
    switch (c) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case '$':
        return m;
      default:
        return c;
    }
  });
}

/**
 * Parses an env file by the rules `docker compose` applies to `.env` and `env_file:`:
 * `#` comments, `export KEY=...`, `KEY=value # inline comment` (a `#` after whitespace), single
 * quotes (literal), double quotes (escapes, may span lines), `KEY: value` (yaml style).
 */
export function parseEnv(text: string, file: string): EnvFile {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    const at = lineColAt(text, nul);
    throw new UserError('binary content (NUL byte) in an env file', {
      file,
      ...at,
      hint: 'env files are UTF-8 text with one KEY=value per line; check the path points at the right file',
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const entries: EnvEntry[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const col = (at: number) => at - lineStart + 1;
  const fail = (msg: string, at: number, hint: string): never => {
    throw new UserError(msg, { file, line, column: col(at), hint });
  };
  const nextLine = () => {
    const nl = text.indexOf('\n', i);
    i = nl === -1 ? n : nl + 1;
    line++;
    lineStart = i;
  };

  while (i < n) {
    // leading whitespace
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
    if (i >= n) break;
    if (text[i] === '\n') {
      nextLine();
      continue;
    }
    if (text[i] === '#') {
      nextLine();
      continue;
    }
    let exported = false;
    if (text.startsWith('export', i) && (text[i + 6] === ' ' || text[i + 6] === '\t')) {
      exported = true;
      i += 6;
      while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
    }
    const keyStart = i;
    const keyColumn = col(i);
    while (i < n && KEY_CHAR.test(text[i])) i++;
    const key = text.slice(keyStart, i);
    if (!key) {
      fail(`invalid character ${JSON.stringify(text[i])} where a variable name should start`, i, 'each line is KEY=value, a comment starting with #, or empty');
    }
    while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
    if (text[i] !== '=' && text[i] !== ':') {
      if (i >= n || text[i] === '\n' || text[i] === '\r') {
        fail(`"${key}" has no "=" and no value`, keyStart, `write ${key}= for an empty value, or remove the line`);
      }
      fail(`invalid character ${JSON.stringify(text[i])} in variable name "${key}"`, i, 'names use letters, digits and _ (e.g. JWT_SECRET); write KEY=value');
    }
    const afterSeparator = ++i;
    while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
    let valueStart = i;
    const entryLine = line;
    let valueColumn = col(i);
    let value: string;
    let quote: EnvEntry['quote'] = 'none';
    let rawEnd: number;
    const q = text[i];
    if (q === '"' || q === "'") {
      quote = q === '"' ? 'double' : 'single';
      let j = i + 1;
      let closed = -1;
      while (j < n) {
        const c = text[j];
        if (c === '\\' && q === '"') {
          j += 2;
          continue;
        }
        // compose-go: a quote right after a backslash does not close a single-quoted value either.
        if (c === q && !(q === "'" && text[j - 1] === '\\')) {
          closed = j;
          break;
        }
        j++;
      }
      if (closed === -1) {
        fail(`unterminated ${quote}-quoted value of "${key}"`, valueStart, `close the value with ${q} (a quoted value may span lines, so everything after the opening quote was read as its value)`);
      }
      const body = text.slice(i + 1, closed);
      value = quote === 'double' ? unescapeDouble(body) : body;
      // Multi-line values: keep line accounting right.
      for (let k = text.indexOf('\n', i); k !== -1 && k < closed; k = text.indexOf('\n', k + 1)) {
        line++;
        lineStart = k + 1;
      }
      rawEnd = closed + 1;
      i = closed + 1;
      while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
      if (i < n && text[i] !== '\n' && text[i] !== '#') {
        fail(`unexpected text after the closing quote of "${key}"`, i, 'put a comment after whitespace and #, or move the text inside the quotes');
      }
    } else {
      let end = text.indexOf('\n', i);
      if (end === -1) end = n;
      let v = text.slice(i, end);
      const hash = v.search(/[ \t]#/);
      if (hash !== -1) v = v.slice(0, hash);
      else if (v.startsWith('#')) v = '';
      value = v.replace(/[ \t\r]+$/, '');
      if (value === '') {
        // An empty value is "written" right after the separator, so edits fill it in there.
        valueStart = afterSeparator;
        valueColumn = col(afterSeparator);
      }
      rawEnd = valueStart + value.length;
      i = end;
    }
    entries.push({
      key,
      value,
      line: entryLine,
      column: keyColumn,
      endLine: line,
      valueColumn,
      exported,
      quote,
      raw: text.slice(valueStart, rawEnd),
    });
    if (i < n) nextLine();
  }
  return { file, entries };
}

/** Reads and parses an env file; a missing or unreadable file is a UserError naming it. */
export function readEnvFile(path: string): EnvFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? 'env file not found' : `cannot read env file (${code ?? (err as Error).message})`, {
      file: path,
      hint: code === 'ENOENT' ? 'check the path, or create it from env-templates/' : 'check the file permissions',
    });
  }
  return parseEnv(text, path);
}
