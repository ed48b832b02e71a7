import { UserError } from '../core/errors.js';
import { describeTarget, type SecretsApi } from '../secrets/github-secrets.js';
import { storeSecrets, type StoreResult } from '../secrets/store.js';
import { planKeys, type PlanOptions } from './generate.js';
import { secretSpecs } from './specs.js';

/**
 * Generate-and-store without an env file (the generate-keys action): fresh values for the
 * requested names, written as GitHub secrets. A stored secret cannot be read back, so signed
 * keys and the secret they are signed with must be written together.
 */

const DB_PASSWORD = 'POSTGRES_PASSWORD';

/** The requested names plus what they are derived from (ANON_KEY needs JWT_SECRET). */
export function withDependencies(names: string[]): string[] {
  const specs = secretSpecs();
  const known = new Set(specs.map((s) => s.name));
  for (const n of names) {
    if (!known.has(n)) throw new UserError(`"${n}" is not a secret pmoves keys generates`, { hint: `one of: ${[...known].join(', ')}` });
  }
  const out = new Set(names);
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of specs) {
      if (out.has(s.name) && s.dependsOn && !out.has(s.dependsOn)) {
        out.add(s.dependsOn);
        grew = true;
      }
    }
  }
  return specs.map((s) => s.name).filter((n) => out.has(n));
}

export function defaultNames(asymmetric: boolean): string[] {
  return secretSpecs()
    .filter((s) => s.group === 'core' || asymmetric)
    .map((s) => s.name);
}

/** Fresh values for `names` (and their dependencies), nothing kept: there is no env file to keep from. */
export async function freshValues(names: string[], opts: Pick<PlanOptions, 'lifetimeSeconds' | 'now'> = {}): Promise<Record<string, string>> {
  const all = withDependencies(names);
  const asymmetric = secretSpecs().some((s) => s.group === 'asymmetric' && all.includes(s.name));
  const plan = await planKeys({}, { ...opts, asymmetric, only: all });
  return plan.values;
}

export interface ProvisionResult extends StoreResult {
  /** Names chosen for writing, with why. */
  decisions: Array<{ name: string; write: boolean; reason: string }>;
}

/**
 * Decides what to write: names that do not exist yet, or are named in `rotate` (`'all'` = every
 * name). Writing a secret forces its dependents (new JWT_SECRET -> new ANON_KEY); a dependent
 * to be written whose secret already exists and is not rotated is refused.
 */
export async function provisionSecrets(
  api: SecretsApi,
  values: Record<string, string>,
  opts: { rotate: string[] | 'all' },
): Promise<ProvisionResult> {
  const specs = secretSpecs().filter((s) => s.name in values);
  if (opts.rotate !== 'all' && opts.rotate.includes(DB_PASSWORD)) {
    throw new UserError(`rotating ${DB_PASSWORD} as a GitHub secret would leave the database roles on the old password`, {
      hint: 'rotate it on the site with `pmoves db rotate-passwords` (or the rotate-db-password action), then store the env file with `pmoves keys store --only POSTGRES_PASSWORD --rotate`',
    });
  }
  const existing = await api.existingNames();
  // The database keeps its password until `pmoves db rotate-passwords`: never part of "rotate all".
  const rotating = (n: string) => n !== DB_PASSWORD && (opts.rotate === 'all' || opts.rotate.includes(n));
  const write = new Map<string, string>();
  for (const s of specs) {
    if (!existing.has(s.name)) write.set(s.name, 'new');
    else if (rotating(s.name)) write.set(s.name, 'rotate');
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const s of specs) {
      if (s.dependsOn && write.has(s.dependsOn) && !write.has(s.name)) {
        write.set(s.name, `${s.dependsOn} is written`);
        grew = true;
      }
    }
  }
  for (const s of specs) {
    if (s.dependsOn && write.has(s.name) && !write.has(s.dependsOn)) {
      const verb = s.kind === 'jwt' ? 'must be signed with' : 'is built from';
      throw new UserError(`${s.name} ${verb} ${s.dependsOn}, which already exists in ${describeTarget(api.target)} and cannot be read back`, {
        hint: `rotate ${s.dependsOn} too (rotate: ${s.dependsOn}), or run \`pmoves keys store\` from the env file that holds it`,
      });
    }
  }
  const subset = Object.fromEntries([...write.keys()].map((n) => [n, values[n]]));
  const res = await storeSecrets(api, subset, { rotate: true });
  const decisions = specs.map((s) => ({
    name: s.name,
    write: write.has(s.name),
    reason: write.get(s.name) ?? (s.name === DB_PASSWORD && opts.rotate === 'all' ? 'exists (rotate it with pmoves db rotate-passwords)' : 'exists (not rotated)'),
  }));
  return { ...res, decisions };
}
