import { parseEnv, type EnvEntry } from './parse.js';

/** Characters that are safe in an unquoted value: no whitespace, quotes, `#`, `$` or backslash. */
const PLAIN = /^[A-Za-z0-9_.,:/@%+=\-]*$/;

/**
 * Writes `value` as an env-file value. Keeps the entry's existing quoting when that is safe,
 * otherwise picks the simplest quoting that reads back to exactly `value` without
 * interpolation: plain, then single quotes (literal), then double quotes with escapes.
 */
export function formatEnvValue(value: string, prefer: EnvEntry['quote'] = 'none'): string {
  // A trailing backslash would escape the closing quote (compose-go reads \' as not closing).
  const singleOk = !value.includes("'") && !/[\r\n]/.test(value) && !value.endsWith('\\');
  if (prefer === 'single' && singleOk) return `'${value}'`;
  if (prefer === 'double' && !value.includes('$')) return `"${escapeDouble(value)}"`;
  if (PLAIN.test(value) && value !== '') return value;
  if (value === '') return prefer === 'double' ? '""' : prefer === 'single' ? "''" : '';
  if (singleOk) return `'${value}'`;
  return `"${escapeDouble(value)}"`;
}

function escapeDouble(v: string): string {
  return v
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\$/g, '\\$')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
}

/** Character offset of (line, column), both 1-based. */
function offsetOf(lineStarts: number[], line: number, column: number): number {
  return lineStarts[line - 1] + column - 1;
}

/**
 * Sets values in env-file text: existing keys get their value replaced in place (the effective,
 * i.e. last, occurrence; comments, order and other lines untouched; quoting kept where safe),
 * new keys are appended at the end in the order given. Returns the new text.
 */
export function setEnvValues(text: string, file: string, values: Record<string, string>): string {
  if (text.charCodeAt(0) === 0xfeff) return '\ufeff' + setEnvValues(text.slice(1), file, values);
  const parsed = parseEnv(text, file);
  const last = new Map<string, EnvEntry>();
  for (const e of parsed.entries) last.set(e.key, e);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  // Edit from the end so earlier offsets stay valid.
  const edits = Object.entries(values)
    .filter(([k]) => last.has(k))
    .map(([k, v]) => {
      const e = last.get(k)!;
      const start = offsetOf(lineStarts, e.line, e.valueColumn);
      return { start, end: start + (e.raw ?? '').length, text: formatEnvValue(v, e.quote) };
    })
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const ed of edits) out = out.slice(0, ed.start) + ed.text + out.slice(ed.end);
  const added = Object.entries(values).filter(([k]) => !last.has(k));
  if (added.length > 0) {
    if (out.length > 0 && !out.endsWith('\n')) out += '\n';
    for (const [k, v] of added) out += `${k}=${formatEnvValue(v)}\n`;
  }
  return out;
}

/**
 * Renames keys in env-file text (every occurrence), keeping values, comments and layout.
 * Used by the lint autofix for legacy names.
 */
export function renameEnvKeys(text: string, file: string, renames: Record<string, string>): string {
  if (text.charCodeAt(0) === 0xfeff) return '\ufeff' + renameEnvKeys(text.slice(1), file, renames);
  const parsed = parseEnv(text, file);
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const edits = parsed.entries
    .filter((e) => renames[e.key] !== undefined)
    .map((e) => ({ start: offsetOf(lineStarts, e.line, e.column), len: e.key.length, text: renames[e.key] }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const ed of edits) out = out.slice(0, ed.start) + ed.text + out.slice(ed.start + ed.len);
  return out;
}
