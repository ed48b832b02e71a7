import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { UserError } from '../core/errors.js';
import validate, { type SchemaError } from './catalog-validator.gen.js';

/**
 * A catalog that is not the shipped one (a site's own, or catalog.yaml edited since the snapshot
 * was generated): parsed with positions and checked against catalog.schema.json by the
 * precompiled validator. Same messages, lines and hints as src/build/validated-yaml.ts gives for
 * other data files; that module is not used here because it loads and compiles ajv at import,
 * which every `pmoves lint` would pay for.
 */
export interface ParsedCatalogYaml {
  data: unknown;
  locate(path: Array<string | number>): { line: number; column: number };
}

export function parseCatalogYaml(text: string, file: string, schemaPath: string): ParsedCatalogYaml {
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
  return { data, locate };
}

/** Positions only (the shipped catalog needs them just to report a semantic error). */
export function yamlLocator(text: string): ParsedCatalogYaml['locate'] {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  return (path) => locateNode(doc, lc, path);
}

// additionalProperties/enum errors say more than the generic "must match a schema in anyOf".
function pickError(errors: SchemaError[]): SchemaError {
  const rank = (e: SchemaError) => (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if' ? 1 : 0);
  return [...errors].sort((a, b) => rank(a) - rank(b) || b.instancePath.length - a.instancePath.length)[0];
}

function describe(e: SchemaError): string {
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
