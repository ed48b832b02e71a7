import type { Catalog } from '../catalog/index.js';
import { parseComposeText, pathKey, type ComposeFile } from '../compose/load.js';
import { REDACTED, redact } from '../core/redact.js';
import { parseEnv, type EnvFile } from '../env/parse.js';
import { lintData } from './data.js';

/**
 * Secret values at least this long are also registered with src/core/redact.ts, which replaces
 * them wherever they appear in any output. Shorter ones (weak passwords such as `supabase` or
 * `postgres`) are ordinary words of the same output: replaced everywhere they turned the issuer
 * "supabase-demo" into "***-demo" and `supabase/postgres` into `***\/postgres`. They are still
 * never printed: code frames and --fix diffs mask secret values by position (below), and rule
 * messages never quote values.
 */
export const MIN_REDACTED_SECRET_LENGTH = 12;

/** A secret value written in a compose file: its text and where it is, [start, end). */
export interface SecretSpan {
  value: string;
  start: number;
  end: number;
}

/**
 * Secrets written into a compose file: the default of a secret variable
 * (`${JWT_SECRET:-dev_secret}`) and literal values of secret variables, or of container
 * variables wired to one (`GOTRUE_JWT_SECRET: abc`), in `environment:`.
 */
export function composeSecretSpans(f: ComposeFile, catalog: Catalog): SecretSpan[] {
  const out: SecretSpan[] = [];
  const within = (path: Array<string | number>, value: string, prefix?: string) => {
    const span = f.scalarSpans.get(pathKey(path));
    if (!span || !value) return;
    const src = f.text.slice(span.start, span.end);
    if (prefix !== undefined) {
      const at = src.indexOf(prefix);
      if (at !== -1 && src.startsWith(value, at + prefix.length)) {
        out.push({ value, start: span.start + at + prefix.length, end: span.start + at + prefix.length + value.length });
        return;
      }
    }
    let found = false;
    for (let i = src.indexOf(value); i !== -1; i = src.indexOf(value, i + value.length)) {
      out.push({ value, start: span.start + i, end: span.start + i + value.length });
      found = true;
    }
    // Written differently from its value (escapes in a quoted scalar): hide the whole scalar.
    if (!found) out.push({ value, start: span.start, end: span.end });
  };
  for (const r of f.refs) {
    if (r.arg && (r.op === ':-' || r.op === '-') && catalog.isSecret(r.name)) within(r.path, r.arg, `\${${r.name}${r.op}`);
  }
  const wired = lintData().wiredVariables ?? {};
  const isSecret = (k: string) => catalog.isSecret(k) || (wired[k] !== undefined && catalog.isSecret(wired[k]));
  const services = f.raw?.services;
  if (!services || typeof services !== 'object') return out;
  for (const [name, svc] of Object.entries<any>(services)) {
    const env = svc?.environment;
    if (Array.isArray(env)) {
      env.forEach((x, i) => {
        const s = String(x);
        const eq = s.indexOf('=');
        if (eq === -1) return;
        const [k, v] = [s.slice(0, eq), s.slice(eq + 1)];
        if (!v.includes('$') && isSecret(k)) within(['services', name, 'environment', i], v, `${k}=`);
      });
    } else if (env && typeof env === 'object') {
      for (const [k, v] of Object.entries(env)) {
        if (typeof v === 'string' && !v.includes('$') && isSecret(k)) within(['services', name, 'environment', k], v);
      }
    }
  }
  return out;
}

/** Replaces each span by ***, keeping line breaks so line numbers stay right. */
export function maskSpans(text: string, spans: Array<{ start: number; end: number }>): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const s of sorted) {
    if (s.end <= pos) continue;
    const start = Math.max(s.start, pos);
    out += text.slice(pos, start) + text.slice(start, s.end).split('\n').map((seg) => (seg ? REDACTED : '')).join('\n');
    pos = s.end;
  }
  return out + text.slice(pos);
}

/** An env file's text with the value of every secret variable replaced by *** (by position). */
export function maskEnvText(text: string, env: EnvFile, catalog: Catalog): string {
  const lines = text.split('\n');
  for (const e of env.entries) {
    if (!e.value || !catalog.isSecret(e.key)) continue;
    for (let l = e.line; l <= e.endLine; l++) {
      const i = l - 1;
      if (l === e.line) lines[i] = lines[i].slice(0, e.valueColumn - 1) + REDACTED + (e.endLine === e.line ? lines[i].slice(e.valueColumn - 1 + (e.raw?.length ?? 0)) : '');
      else lines[i] = l === e.endLine ? REDACTED : '';
    }
  }
  return lines.join('\n');
}

/**
 * Masks any version of a linted file (the text --fix would write, for the dry-run diff): parsed
 * again to find its secrets. When it cannot be parsed, every secret value seen in this lint is
 * replaced as a string instead: mangled words are better than a leaked value.
 */
export function maskText(kind: 'env' | 'compose', file: string, text: string, catalog: Catalog, allSecretValues: Iterable<string>): string {
  try {
    if (kind === 'env') return maskEnvText(text, parseEnv(text, file), catalog);
    const f = parseComposeText(text, file, {});
    return maskSpans(text, composeSecretSpans(f, catalog));
  } catch {
    return redact(text, allSecretValues);
  }
}
