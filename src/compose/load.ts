import { readFileSync, statSync } from 'node:fs';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { UserError } from '../core/errors.js';
import { interpolate, InterpolationError, type Operator } from './interpolate.js';
import { mergeCompose } from './merge.js';

export type Path = Array<string | number>;

export interface Location {
  file: string;
  line: number;
  column: number;
}

/** A `${VAR}` written in a compose file, where it is, and whether interpolation evaluated it. */
export interface VarRef {
  name: string;
  op: Operator;
  hasDefault: boolean;
  /** Default / message / replacement text, as written. */
  arg?: string;
  nested: boolean;
  /** Evaluated by interpolation with the given env (a nested default of a set variable is not). */
  evaluated: boolean;
  /** YAML path of the scalar holding it. */
  path: Path;
  file: string;
  line: number;
  column: number;
}

export interface InterpolationProblem {
  kind: 'required' | 'syntax';
  variable?: string;
  message: string;
  path: Path;
  loc: Location;
}

export interface DuplicateKey {
  path: Path;
  key: string;
  first: Location;
  second: Location;
}

/** One parsed compose file: raw and interpolated values, every key and value with its position. */
export interface ComposeFile {
  file: string;
  text: string;
  doc: Document.Parsed;
  /** Uninterpolated values. */
  raw: any;
  /** Values after interpolation (and compose's type casting of plain scalars). */
  model: any;
  refs: VarRef[];
  interpolationProblems: InterpolationProblem[];
  duplicateKeys: DuplicateKey[];
  /** Source span [start, end) of each string scalar, by path, for edits. */
  scalarSpans: Map<string, { start: number; end: number; path: Path }>;
  locate(path: Path, which?: 'key' | 'value'): Location | undefined;
}

export interface ComposeProject {
  files: ComposeFile[];
  /** The merged, interpolated plain object (services, networks, volumes...). */
  model: any;
  /** Source of a path in the merged model: the last file that sets it (or its nearest parent). */
  locate(path: Path, which?: 'key' | 'value'): Location | undefined;
  /** Which files define each service, in order. */
  serviceFiles: Map<string, string[]>;
  /** Services left out by the profile selection. */
  inactiveServices: string[];
}

export interface LoadComposeOptions {
  files: string[];
  env: Record<string, string>;
  /** Active profiles with compose semantics; undefined = every service, whatever its profiles. */
  profiles?: string[];
}

/** Compose files are small; a file past this size is a wrong path, not a stack. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export const pathKey = (p: Path) => p.join('\u0000');

export function readTextFile(path: string, what: string): string {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UserError(`${what} is a directory`, { file: path, hint: 'pass a file, or the directory as a lint argument' });
    size = st.size;
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `${what} not found` : `cannot read ${what} (${code})`, { file: path, hint: 'check the path' });
  }
  if (size > MAX_FILE_BYTES) {
    throw new UserError(`${what} is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`, {
      file: path,
      line: 1,
      column: 1,
      hint: 'check the path points at a compose or env file',
    });
  }
  const buf = readFileSync(path);
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    let line = 1;
    for (let i = 0; i < nul; i++) if (buf[i] === 10) line++;
    throw new UserError(`binary content (NUL byte) in ${what}`, { file: path, line, column: 1, hint: 'check the path points at a text file' });
  }
  return buf.toString('utf8');
}

export function loadComposeFile(file: string, env: Record<string, string>): ComposeFile {
  return parseComposeText(readTextFile(file, 'compose file'), file, env);
}

/** Casts compose applies to unquoted scalars after interpolation (`${PORT}` in a number field). */
function castPlain(v: string): unknown {
  if (/^-?\d+$/.test(v) && v.length < 16) return Number(v);
  if (v === 'true') return true;
  if (v === 'false') return false;
  return v;
}

export function parseComposeText(text: string, file: string, env: Record<string, string>): ComposeFile {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false, merge: true, prettyErrors: false, keepSourceTokens: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = lc.linePos(e.pos[0]);
    throw new UserError(`invalid YAML: ${e.message.split('\n')[0]}`, {
      file,
      line: pos.line,
      column: pos.col,
      hint: e.code === 'DUPLICATE_KEY' ? 'remove one of the keys' : 'fix the YAML syntax (indentation, quotes, a ":" after each key)',
    });
  }
  const at = (offset: number): Location => {
    const p = lc.linePos(offset);
    return { file, line: p.line, column: p.col };
  };
  const keyPos = new Map<string, number>();
  const valuePos = new Map<string, number>();
  const refs: VarRef[] = [];
  const problems: InterpolationProblem[] = [];
  const duplicateKeys: DuplicateKey[] = [];
  const scalarSpans = new Map<string, { start: number; end: number; path: Path }>();
  const envHas = (n: string) => Object.prototype.hasOwnProperty.call(env, n);
  const lookup = (n: string) => (envHas(n) ? env[n] : undefined);

  // Walks the YAML tree once, producing the raw and the interpolated value side by side.
  const walk = (node: YamlNode | null | undefined, path: Path, depth: number): [unknown, unknown] => {
    if (depth > 200) {
      throw new UserError('YAML nested too deeply', { ...at(node?.range?.[0] ?? 0), hint: 'compose files are a few levels deep; check for a generated or corrupt file' });
    }
    if (node === null || node === undefined) return [null, null];
    if (node.range) valuePos.set(pathKey(path), node.range[0]);
    if (isAlias(node)) {
      const target = node.resolve(doc);
      const r = walk(target as YamlNode, path, depth + 1);
      // The value is reported where the alias is used, not at the anchor.
      if (node.range) valuePos.set(pathKey(path), node.range[0]);
      return r;
    }
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v !== 'string') return [v ?? null, v ?? null];
      if (node.range) scalarSpans.set(pathKey(path), { start: node.range[0], end: node.range[1], path });
      if (!v.includes('$')) return [v, v];
      const start = node.range ? node.range[0] + (node.type === 'PLAIN' || node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL' ? 0 : 1) : 0;
      const singleLine = !v.includes('\n') && (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
      const refAt = (offset: number) => at(singleLine ? start + offset : start);
      const evaluated = new Set<number>();
      let out: string;
      try {
        out = interpolate(v, lookup, { onReference: (r) => evaluated.add(r.offset) });
      } catch (err) {
        if (!(err instanceof InterpolationError)) throw err;
        problems.push({ kind: err.kind, variable: err.variable, message: err.message, path, loc: refAt(err.offset) });
        out = '';
      }
      try {
        for (const r of findRefs(v)) {
          refs.push({ ...r, evaluated: evaluated.has(r.offset), path, ...refAt(r.offset) });
        }
      } catch {
        // syntax error already recorded above
      }
      return [v, node.type === 'PLAIN' ? castPlain(out) : out];
    }
    if (isMap(node)) {
      const raw: Record<string, unknown> = {};
      const val: Record<string, unknown> = {};
      const seen = new Map<string, number>();
      const merges: Array<[unknown, unknown]> = [];
      for (const pair of node.items) {
        const k = pair.key as YamlNode | null;
        const keyStr = isScalar(k) ? String(k.value) : k === null ? '' : String((k as any).toJSON?.() ?? k);
        // With `merge: true` yaml gives the merge key a Symbol value.
        if (isScalar(k) && (typeof k.value === 'symbol' || (keyStr === '<<' && k.type === 'PLAIN'))) {
          // YAML merge key: merged mappings fill keys the map does not set itself.
          const srcs = isSeq(pair.value) ? pair.value.items : [pair.value];
          const own = valuePos.get(pathKey(path));
          for (const s of srcs) merges.push(walk(s as YamlNode, path, depth + 1));
          if (own !== undefined) valuePos.set(pathKey(path), own);
          continue;
        }
        const kOff = k?.range?.[0] ?? node.range?.[0] ?? 0;
        const prev = seen.get(keyStr);
        if (prev !== undefined) duplicateKeys.push({ path: [...path, keyStr], key: keyStr, first: at(prev), second: at(kOff) });
        seen.set(keyStr, kOff);
        const childPath = [...path, keyStr];
        keyPos.set(pathKey(childPath), kOff);
        const [r, v] = walk(pair.value as YamlNode, childPath, depth + 1);
        if (!pair.value) valuePos.set(pathKey(childPath), kOff);
        raw[keyStr] = r;
        val[keyStr] = v;
      }
      for (const [r, v] of merges) {
        if (r && typeof r === 'object' && !Array.isArray(r)) {
          for (const key of Object.keys(r)) if (!(key in raw)) raw[key] = (r as any)[key];
          for (const key of Object.keys(v as object)) if (!(key in val)) val[key] = (v as any)[key];
        }
      }
      return [raw, val];
    }
    if (isSeq(node)) {
      const raw: unknown[] = [];
      const val: unknown[] = [];
      node.items.forEach((item, i) => {
        const [r, v] = walk(item as YamlNode, [...path, i], depth + 1);
        raw.push(r);
        val.push(v);
      });
      return [raw, val];
    }
    return [null, null];
  };

  const [raw, model] = walk(doc.contents as YamlNode, [], 0);
  if (raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    throw new UserError('a compose file is a YAML mapping (services:, networks:, volumes: ...)', {
      ...at(doc.contents?.range?.[0] ?? 0),
      hint: 'check the path points at a compose file',
    });
  }

  const locate = (path: Path, which: 'key' | 'value' = 'value'): Location | undefined => {
    for (let p = path; ; p = p.slice(0, -1)) {
      const k = pathKey(p);
      // A missing path is reported at the key of its nearest existing parent.
      const byKey = (which === 'key' || p !== path) && p.length > 0;
      const off = byKey ? (keyPos.get(k) ?? valuePos.get(k)) : (valuePos.get(k) ?? keyPos.get(k));
      if (off !== undefined) return at(off);
      if (p.length === 0) return { file, line: 1, column: 1 };
    }
  };

  return {
    file,
    text,
    doc,
    raw: raw ?? {},
    model: model ?? {},
    refs,
    interpolationProblems: problems,
    duplicateKeys,
    scalarSpans,
    locate,
  };
}

function findRefs(v: string) {
  // Collect every reference, including ones only reachable through defaults.
  const out: Array<{ name: string; op: Operator; hasDefault: boolean; arg?: string; nested: boolean; offset: number }> = [];
  const seen = new Set<number>();
  const push = (r: { name: string; op: Operator; hasDefault: boolean; arg?: string; nested: boolean; offset: number }) => {
    if (!seen.has(r.offset)) {
      seen.add(r.offset);
      out.push({ name: r.name, op: r.op, hasDefault: r.hasDefault, arg: r.arg, nested: r.nested, offset: r.offset });
    }
  };
  interpolate(v, () => undefined, { onReference: push, lenient: true });
  interpolate(v, () => 'x', { onReference: push, lenient: true });
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * Loads compose files as `docker compose -f a -f b` does: each parsed and interpolated with
 * `env`, then merged in order; profiles filter services.
 */
export function loadCompose(opts: LoadComposeOptions): ComposeProject {
  const files = opts.files.map((f) => loadComposeFile(f, opts.env));
  return projectFrom(files, opts.profiles);
}

export function projectFrom(files: ComposeFile[], profiles?: string[]): ComposeProject {
  const model = mergeCompose(files.map((f) => f.model));
  const serviceFiles = new Map<string, string[]>();
  for (const f of files) {
    const services = f.model?.services;
    if (services && typeof services === 'object') {
      for (const name of Object.keys(services)) serviceFiles.set(name, [...(serviceFiles.get(name) ?? []), f.file]);
    }
  }
  const inactiveServices: string[] = [];
  if (profiles && model.services && typeof model.services === 'object') {
    for (const [name, svc] of Object.entries<any>(model.services)) {
      const p: unknown = svc?.profiles;
      if (Array.isArray(p) && p.length > 0 && !p.some((x) => profiles.includes(String(x)))) {
        inactiveServices.push(name);
        delete model.services[name];
      }
    }
  }
  const locate = (path: Path, which: 'key' | 'value' = 'value'): Location | undefined => {
    // The deepest match wins; among equals, the last file (it overrides the others).
    let best: { loc: Location; depth: number } | undefined;
    for (const f of files) {
      let depth = path.length;
      let node: any = f.raw;
      for (let i = 0; i < path.length; i++) {
        if (node === null || typeof node !== 'object' || !(path[i] in node)) {
          depth = i;
          break;
        }
        node = node[path[i]];
      }
      if (!best || depth >= best.depth) {
        const loc = f.locate(path.slice(0, depth), which);
        if (loc) best = { loc, depth };
      }
    }
    return best?.loc;
  };
  return { files, model, locate, serviceFiles, inactiveServices };
}
