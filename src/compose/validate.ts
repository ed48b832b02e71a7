import type { ComposeFile, Location, Path } from './load.js';
import validate, { type SchemaError } from './schema/compose-validator.gen.js';

export interface SchemaProblem {
  path: Path;
  message: string;
  loc: Location;
}

function decodePointer(p: string): Path {
  if (!p) return [];
  return p
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const show = (p: Path) => (p.length ? p.map((x) => (typeof x === 'number' ? `[${x}]` : x)).join('.').replace(/\.\[/g, '[') : '(top level)');

/**
 * Validates one file's interpolated model against the Compose Specification schema. ajv reports
 * every branch of a `oneOf`; those are folded into one message per place ("must be string or
 * object") and the error sits at the line of the offending key or value.
 */
export function validateComposeFile(f: ComposeFile): SchemaProblem[] {
  if (validate(f.model)) return [];
  const errors: SchemaError[] = validate.errors ?? [];
  const byPath = new Map<string, { path: Path; errs: SchemaError[] }>();
  for (const e of errors) {
    let path = decodePointer(e.instancePath);
    if (e.keyword === 'additionalProperties') path = [...path, String(e.params.additionalProperty)];
    const k = JSON.stringify(path);
    const g = byPath.get(k) ?? { path, errs: [] };
    g.errs.push(e);
    byPath.set(k, g);
  }
  const problems: SchemaProblem[] = [];
  const paths = [...byPath.values()];
  for (const g of paths) {
    // A oneOf failure is explained better by the errors of its branches at deeper paths.
    const deeper = paths.some((o) => o !== g && o.path.length > g.path.length && JSON.stringify(o.path.slice(0, g.path.length)) === JSON.stringify(g.path));
    let errs = g.errs;
    const branchy = errs.some((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
    // The branch whose shape matched failed deeper down: its errors say it; the other
    // branches' "must be array" would only confuse.
    if (branchy && deeper) continue;
    if (branchy) errs = errs.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf').length ? errs.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf') : errs;
    const types = [...new Set(errs.filter((e) => e.keyword === 'type').map((e) => String(e.params.type)))];
    const msgs: string[] = [];
    if (types.length) msgs.push(`must be ${types.join(' or ').replace(/,/g, ' or ')}`);
    for (const e of errs) {
      if (e.keyword === 'type') continue;
      if (e.keyword === 'additionalProperties') msgs.push(`unknown key "${e.params.additionalProperty}" (not in the Compose Specification)`);
      else if (e.keyword === 'enum') msgs.push(`must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`);
      else if (e.keyword === 'required') msgs.push(`missing required key "${e.params.missingProperty}"`);
      else if (e.keyword === 'oneOf' || e.keyword === 'anyOf') msgs.push('does not match any allowed form');
      else msgs.push(e.message ?? e.keyword);
    }
    const unique = [...new Set(msgs)];
    const which = errs.some((e) => e.keyword === 'additionalProperties') ? 'key' : 'value';
    problems.push({ path: g.path, message: `${show(g.path)}: ${unique.join('; ')}`, loc: f.locate(g.path, which)! });
  }
  return problems.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
}
