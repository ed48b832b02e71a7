import { UserError } from '../core/errors.js';
import { registerSecret } from '../core/redact.js';
import { describeTarget, type SecretsApi, type SecretTarget } from './github-secrets.js';
import { sealForGitHub } from './sealed-box.js';

export type StoreAction = 'create' | 'update' | 'keep' | 'skip-empty';

export interface StoreItem {
  name: string;
  action: StoreAction;
  reason: string;
}

export interface StorePlan {
  target: SecretTarget;
  where: string;
  items: StoreItem[];
}

/** GitHub's rules for secret names. */
export function checkSecretName(name: string): void {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^GITHUB_/i.test(name)) {
    throw new UserError(`"${name}" cannot be a GitHub secret name`, {
      hint: 'names use letters, digits and _, do not start with a digit and do not start with GITHUB_',
    });
  }
}

/**
 * Which values to write: existing secrets are left alone unless `rotate` (a secret value cannot
 * be read back, so "same value" cannot be checked), empty values are never written.
 * `existing` undefined means unknown (dry run without a token): every name is then a create.
 */
export function planStore(
  target: SecretTarget,
  values: Record<string, string>,
  existing: Set<string> | undefined,
  opts: { rotate?: boolean } = {},
): StorePlan {
  const items: StoreItem[] = [];
  for (const [name, value] of Object.entries(values)) {
    checkSecretName(name);
    if (value === '') items.push({ name, action: 'skip-empty', reason: 'empty in the env file' });
    else if (existing?.has(name)) {
      items.push(opts.rotate ? { name, action: 'update', reason: '--rotate' } : { name, action: 'keep', reason: 'exists (use --rotate to overwrite)' });
    } else items.push({ name, action: 'create', reason: existing ? 'new' : 'new (existing secrets not checked)' });
  }
  return { target, where: describeTarget(target), items };
}

export interface StoreResult {
  plan: StorePlan;
  /** Names written, in order. */
  written: string[];
}

/**
 * Seals and writes the planned values. The public key is fetched once; each value is sealed
 * to it and PUT with its key_id. Stops at the first failure (the 403 explanation comes from the API layer).
 */
export async function storeSecrets(
  api: SecretsApi,
  values: Record<string, string>,
  opts: { rotate?: boolean; dryRun?: boolean } = {},
): Promise<StoreResult> {
  for (const v of Object.values(values)) registerSecret(v);
  const existing = await api.existingNames();
  const plan = planStore(api.target, values, existing, opts);
  if (opts.dryRun) return { plan, written: [] };
  const todo = plan.items.filter((i) => i.action === 'create' || i.action === 'update');
  const written: string[] = [];
  if (todo.length === 0) return { plan, written };
  const pk = await api.publicKey();
  for (const item of todo) {
    const sealed = await sealForGitHub(values[item.name], pk.key);
    await api.put(item.name, sealed, pk.key_id, item.action === 'update');
    written.push(item.name);
  }
  return { plan, written };
}
