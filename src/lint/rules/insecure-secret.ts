import { knownInsecureValue, lintData } from '../data.js';
import { decodeJwt, verifyHs256 } from '../jwt.js';
import type { Report, Rule } from '../types.js';
import { isLiteral, isObj, services, svcLoc } from './util.js';

/** Why a secret value is insecure, or undefined. Never returns the value itself. */
export function insecureReason(name: string, value: string, format: string | undefined): string | undefined {
  const data = lintData();
  if (data.demoJwtSecrets.includes(value)) return 'the upstream demo JWT secret, public to everyone (the demo keys are signed with it)';
  const known = knownInsecureValue(value);
  if (known) return known;
  const jwt = decodeJwt(value);
  if (jwt) {
    if (data.demoJwtIssuers.includes(String(jwt.payload.iss))) return `the upstream demo key (issuer "${jwt.payload.iss}"), public to everyone`;
    if (data.demoJwtSecrets.some((s) => verifyHs256(jwt, s))) return 'signed with the upstream demo JWT secret, so anyone can forge it';
  }
  const min = data.minJwtSecretLength ?? 32;
  if (name === 'JWT_SECRET' && value.length < min) return `only ${value.length} characters; GoTrue and PostgREST need at least ${min}`;
  const m = format ? /^(?:string|base64)>=(\d+)$/.exec(format) : null;
  if (m && value.length < Number(m[1]) && format!.startsWith('string')) return `shorter than the ${m[1]} characters the catalog asks for`;
  return undefined;
}

/**
 * Secrets (catalog `secret: true`) holding placeholder, demo or too-short values, or given a
 * default inside compose (`${JWT_SECRET:-dev_jwt_secret}`), or hard-coded in `environment:`.
 * An empty secret is "to be generated" (`pmoves keys generate`), not insecure.
 */
export const insecureSecret: Rule = {
  id: 'insecure-secret',
  severity: 'error',
  description: 'A secret holds a placeholder, demo, default or too-short value.',
  fixable: false,
  check(ctx) {
    const out: Report[] = [];
    const cat = ctx.catalog;
    for (const src of ctx.envFiles) {
      for (const e of src.file.entries) {
        if (!e.value || !cat.isSecret(e.key) || !isLiteral(e.value, e.quote)) continue;
        const std = cat.standardNameFor(e.key, e.value) ?? e.key;
        const why = insecureReason(std, e.value, cat.get(std)?.format);
        if (why) out.push({ loc: { file: src.file.file, line: e.line, column: e.valueColumn }, message: `${e.key} is insecure: ${why}; generate one with \`pmoves keys generate\`` });
      }
    }
    for (const f of ctx.composeFiles) {
      for (const r of f.refs) {
        if (!(r.op === ':-' || r.op === '-') || !r.arg || !cat.isSecret(r.name)) continue;
        const std = cat.standardNameFor(r.name) ?? r.name;
        out.push({
          loc: { file: f.file, line: r.line, column: r.column },
          message: `secret ${r.name} has a default inside compose (\${${r.name}${r.op}...}): anyone reading the file knows it; use \${${std}:?${std} is required} and set it in the env file`,
        });
      }
    }
    for (const u of ctx.units) {
      if (!u.project) continue;
      for (const [name, svc] of services(u.project)) {
        const raw = u.project.files.map((f) => f.raw?.services?.[name]?.environment).filter(isObj);
        for (const envMap of raw) {
          for (const [k, v] of Object.entries(envMap)) {
            if (typeof v !== 'string' || !v || v.includes('$') || !cat.get(k)?.secret) continue;
            out.push({ loc: svcLoc(u.project, name, 'environment', k), message: `secret ${k} is hard-coded in the compose file; reference \${${k}} and set it in the env file` });
          }
        }
        void svc;
      }
    }
    return out;
  },
};
