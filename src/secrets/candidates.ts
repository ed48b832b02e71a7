import { UserError } from '../core/errors.js';
import { loadCatalog } from '../catalog/index.js';
import { secretSpecs } from '../keys/specs.js';

/**
 * The env-file values `pmoves keys store` sends: with `only`, exactly those names (each must be
 * in the file); otherwise every non-empty value the catalog marks secret, plus the generated
 * secrets of the keys table. Non-secret settings (URLs, ports) are never sent.
 */
export function storeCandidates(env: Record<string, string>, only: string[], file: string): Record<string, string> {
  if (only.length > 0) {
    const out: Record<string, string> = {};
    for (const n of only) {
      if (!(n in env)) throw new UserError(`--only ${n}: not set in the env file`, { file, hint: 'run pmoves keys generate first, or check the name' });
      out[n] = env[n];
    }
    return out;
  }
  const catalog = loadCatalog();
  const generated = new Set(secretSpecs().map((s) => s.name));
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === '') continue;
    if (generated.has(name) || catalog.isSecret(name)) out[name] = value;
  }
  return out;
}
