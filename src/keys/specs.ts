import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { fromRoot } from '../core/package-root.js';
import { UserError } from '../core/errors.js';

export type SecretKind = 'random' | 'jwt' | 'jwt-keys' | 'jwks' | 'opaque';

export interface SecretSpec {
  name: string;
  kind: SecretKind;
  encoding?: 'alnum' | 'hex';
  length?: number;
  /** Consumers that use the value as a fixed-size key (AES): the length must match exactly. */
  exact?: boolean;
  role?: 'anon' | 'service_role';
  prefix?: string;
  dependsOn?: string;
  group: 'core' | 'asymmetric';
  why: string;
  consumers: string[];
}

const Ajv = (AjvModule as unknown as { default: typeof AjvModule }).default ?? AjvModule;
let cached: SecretSpec[] | undefined;

/** The table of generated secrets (src/keys/secret-specs.yaml), validated by its schema. */
export function secretSpecs(path = fromRoot('src/keys/secret-specs.yaml')): SecretSpec[] {
  if (cached && path === fromRoot('src/keys/secret-specs.yaml')) return cached;
  const text = readFileSync(path, 'utf8');
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const pos = lc.linePos(e.pos[0]);
    throw new UserError(e.message.split('\n')[0], { file: path, line: pos.line, column: pos.col });
  }
  const data = doc.toJS();
  const schema = JSON.parse(readFileSync(fromRoot('src/keys/secret-specs.schema.json'), 'utf8'));
  const validate = new (Ajv as any)({ allErrors: false, strict: false }).compile(schema);
  if (!validate(data)) {
    const err = validate.errors[0];
    const segs = String(err.instancePath).split('/').slice(1).map((s: string) => (/^\d+$/.test(s) ? Number(s) : s));
    const node = doc.getIn(segs, true);
    const pos = isNode(node) && node.range ? lc.linePos(node.range[0]) : undefined;
    throw new UserError(`${err.instancePath || '/'} ${err.message}`, {
      file: path,
      line: pos?.line,
      column: pos?.col,
      hint: 'see src/keys/secret-specs.schema.json for the allowed fields',
    });
  }
  const specs = (data as { secrets: SecretSpec[] }).secrets;
  const seen = new Set<string>();
  for (const s of specs) {
    if (seen.has(s.name)) throw new UserError(`secret ${s.name} is listed twice`, { file: path });
    seen.add(s.name);
  }
  if (path === fromRoot('src/keys/secret-specs.yaml')) cached = specs;
  return specs;
}

export function specFor(name: string): SecretSpec | undefined {
  return secretSpecs().find((s) => s.name === name);
}
