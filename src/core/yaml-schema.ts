import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { UserError } from './errors.js';

/**
 * YAML data files (images.yaml, sites.yaml, the L4T table, the variable catalog, lint config)
 * checked by a JSON Schema, with errors at the line and column of the offending node so a
 * person can fix the file without guessing. The validator is passed in: ajv-compiled at run
 * time (src/core/validated-yaml.ts) or precompiled (the catalog, to keep ajv out of start-up).
 */
export interface SchemaErrorLike {
  instancePath: string;
  keyword: string;
  params: Record<string, any>;
  message?: string;
}

export type SchemaValidator = ((data: unknown) => boolean) & { errors?: SchemaErrorLike[] | null };

export type Locate = (path: Array<string | number>) => { line: number; column: number };

export interface LoadedYaml<T> {
  data: T;
  /** 1-based line and column of the node at a path, for later semantic checks. */
  locate: Locate;
}

export function parseYamlWithPositions(text: string, file: string): { data: unknown; locate: Locate } {
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
  return { data: doc.toJS() as unknown, locate: (path) => locateNode(doc, lc, path) };
}

/** Positions only, for a file already known to be valid. */
export function yamlLocator(text: string): Locate {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  return (path) => locateNode(doc, lc, path);
}

export function parseYamlWithSchema<T>(text: string, file: string, validate: SchemaValidator, schemaPath: string): LoadedYaml<T> {
  const { data, locate } = parseYamlWithPositions(text, file);
  if (!validate(data)) {
    const err = pickError(validate.errors ?? []);
    const pos = locate(pointerToPath(err.instancePath));
    throw new UserError(`${err.instancePath || '/'} ${describe(err)}`, {
      file,
      line: pos.line,
      column: pos.column,
      hint: `see the schema ${schemaPath.replace(/^.*\/(src|schemas)\//, '$1/')}`,
    });
  }
  return { data: data as T, locate };
}

// additionalProperties/enum errors say more than the generic "must match a schema in anyOf".
function pickError(errors: SchemaErrorLike[]): SchemaErrorLike {
  const rank = (e: SchemaErrorLike) => (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if' ? 1 : 0);
  return [...errors].sort((a, b) => rank(a) - rank(b) || b.instancePath.length - a.instancePath.length)[0];
}

function describe(e: SchemaErrorLike): string {
  const p = e.params;
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
