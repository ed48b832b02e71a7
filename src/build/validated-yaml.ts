import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { UserError } from '../core/errors.js';

/**
 * Data files (images.yaml, the L4T table) are YAML checked by a JSON Schema. Errors point at
 * the line and column of the offending node, so a person can fix the file without guessing.
 */
const validators = new Map<string, ValidateFunction>();

function validatorFor(schemaPath: string): ValidateFunction {
  let v = validators.get(schemaPath);
  if (!v) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    v = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
    validators.set(schemaPath, v);
  }
  return v;
}

export interface LoadedYaml<T> {
  data: T;
  /** 1-based line and column of the node at a JSON pointer-like path, for later checks. */
  locate(path: Array<string | number>): { line: number; column: number };
}

export function parseValidatedYaml<T>(text: string, file: string, schemaPath: string): LoadedYaml<T> {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = lc.linePos(e.pos[0]);
    throw new UserError(`invalid YAML: ${e.message.split('\n')[0]}`, {
      file,
      line: pos.line,
      column: pos.col,
      hint: 'check indentation and quoting near this line',
    });
  }
  const locate = (path: Array<string | number>) => locateNode(doc, lc, path);
  const data = doc.toJS() as unknown;
  const validate = validatorFor(schemaPath);
  if (!validate(data)) {
    const err = pickError(validate.errors ?? []);
    const path = pointerToPath(err.instancePath);
    const pos = locate(path);
    throw new UserError(`${err.instancePath || '/'} ${describe(err)}`, {
      file,
      line: pos.line,
      column: pos.column,
      hint: `see the schema ${schemaPath.replace(/^.*\/(src|schemas)\//, '$1/')}`,
    });
  }
  return { data: data as T, locate };
}

export function loadValidatedYaml<T>(file: string, schemaPath: string): LoadedYaml<T> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, {
      file,
      hint: 'check the path (relative paths are resolved from the current directory)',
    });
  }
  return parseValidatedYaml<T>(text, file, schemaPath);
}

// additionalProperties/enum errors say more than the generic "must match a schema in anyOf".
function pickError(errors: ErrorObject[]): ErrorObject {
  const rank = (e: ErrorObject) => (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if' ? 1 : 0);
  return [...errors].sort((a, b) => rank(a) - rank(b) || b.instancePath.length - a.instancePath.length)[0];
}

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'additionalProperties') return `has an unknown key "${String(p.additionalProperty)}"`;
  if (e.keyword === 'enum') return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (e.keyword === 'required') return `is missing the key "${String(p.missingProperty)}"`;
  return e.message ?? 'is invalid';
}

function pointerToPath(ptr: string): Array<string | number> {
  if (!ptr) return [];
  return ptr
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function locateNode(doc: Document, lc: LineCounter, path: Array<string | number>): { line: number; column: number } {
  // Walk down as far as the path exists; an error on a missing key points at its parent.
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => String((it.key as { value?: unknown })?.value ?? it.key) === String(key));
      if (!pair) break;
      offset = (pair.key as { range?: [number, number, number] })?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number, number, number] } | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  const pos = lc.linePos(offset);
  return { line: pos.line, column: pos.col };
}
