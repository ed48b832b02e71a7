import { loadCatalog } from '../catalog/index.js';
import { secretSpecs } from './specs.js';

/**
 * Whether an env variable holds a secret: one the keys table generates, or one the catalog
 * marks secret. Only those are registered for redaction — registering every value would turn
 * "false" or "supabase" into *** all over the output.
 */
export function isSecretName(name: string): boolean {
  return secretSpecs().some((s) => s.name === name) || loadCatalog().isSecret(name);
}
