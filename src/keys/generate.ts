import { chmodSync, existsSync, statSync } from 'node:fs';
import { readEnvText } from './env-io.js';
import { writeFileAtomic } from '../core/atomic-write.js';
import { UserError } from '../core/errors.js';
import { registerSecret } from '../core/redact.js';
import { parseEnv } from '../env/parse.js';
import { setEnvValues } from '../env/edit.js';
import { buildJwks, buildJwtKeys, newSigningJwk, opaqueKey, sameJson, signingKeyOf } from './asymmetric.js';
import { DEFAULT_KEY_LIFETIME_SECONDS, inspectRoleKey, signRoleKey } from './jwt.js';
import { isPlaceholder } from './placeholders.js';
import { knownInsecureValue } from '../lint/data.js';
import { randomSecret, unsafeCharsIn } from './random.js';
import { secretSpecs, type SecretSpec } from './specs.js';

export type KeyAction = 'create' | 'rotate' | 'replace' | 'resign' | 'rebuild';

export interface KeyChange {
  name: string;
  action: KeyAction;
  /** Why; never contains a value. */
  reason: string;
}

export interface KeyPlan {
  changes: KeyChange[];
  /** Names whose existing value is kept as is. */
  kept: string[];
  /** Kept values that are still weak (lint will flag them); fix with --rotate NAME. */
  warnings: Array<{ name: string; message: string }>;
  /** The new values, by name; only for names in `changes`. Never print this. */
  values: Record<string, string>;
}

export interface PlanOptions {
  /** Names to regenerate even though they have a value. */
  rotate?: string[];
  /** Add (or keep up to date) JWT_KEYS, JWT_JWKS and the opaque sb_ keys. */
  asymmetric?: boolean;
  /** Restrict to these names (plus what they depend on). */
  only?: string[];
  now?: number;
  lifetimeSeconds?: number;
}

/** Names `--rotate` accepts, with the reason some are refused. */
export function rotatableNames(): string[] {
  return secretSpecs().map((s) => s.name);
}

function checkRotate(rotate: string[]): void {
  const known = new Set(rotatableNames());
  for (const n of rotate) {
    if (!known.has(n)) {
      throw new UserError(`--rotate ${n}: not a secret pmoves keys generates`, { hint: `one of: ${[...known].join(', ')}` });
    }
  }
  if (rotate.includes('POSTGRES_PASSWORD')) {
    throw new UserError('--rotate POSTGRES_PASSWORD would leave the database roles on the old password', {
      hint: 'use `pmoves db rotate-passwords --db-url URL --env-file F`, which changes the roles and the env file together',
    });
  }
}

/** `${OTHER}` / `$OTHER`: set elsewhere (another layer, the shell); generated values never hold `$`. */
function isReference(value: string): boolean {
  return /\$\{?[A-Za-z_]/.test(value);
}

/** Problems of a value that is kept (never mentions the value itself). */
function weakness(spec: SecretSpec, value: string): string | undefined {
  if (spec.kind !== 'random' && spec.kind !== 'opaque') return undefined;
  const unsafe = unsafeCharsIn(value);
  if (unsafe.length > 0) return `contains ${unsafe.join(' ')}, which break URLs, shells or compose`;
  const want = spec.kind === 'opaque' ? (spec.prefix?.length ?? 0) + (spec.length ?? 0) : spec.length ?? 0;
  if (spec.kind === 'opaque' && spec.prefix && !value.startsWith(spec.prefix)) return `does not start with ${spec.prefix}`;
  if (spec.exact && value.length !== want) return `is ${value.length} characters; its consumer needs exactly ${want}`;
  if (!spec.exact && value.length < Math.min(want, 32)) return `is only ${value.length} characters`;
  return undefined;
}

/**
 * Decides, for every secret of the table, whether to keep the current value or produce a new
 * one, and produces the new values. Pure apart from randomness: `current` is the env file's
 * view, nothing is written.
 */
export async function planKeys(current: Record<string, string>, opts: PlanOptions = {}): Promise<KeyPlan> {
  const rotate = opts.rotate ?? [];
  checkRotate(rotate);
  const specs = secretSpecs();
  const asymmetric =
    opts.asymmetric === true ||
    specs.some((s) => s.group === 'asymmetric' && (rotate.includes(s.name) || (current[s.name] ?? '') !== ''));
  const plan: KeyPlan = { changes: [], kept: [], warnings: [], values: {} };
  const final: Record<string, string> = { ...current };
  const changed = new Set<string>();
  const set = (name: string, action: KeyAction, reason: string, value: string) => {
    registerSecret(value);
    plan.changes.push({ name, action, reason });
    plan.values[name] = value;
    final[name] = value;
    changed.add(name);
  };
  const signOpts = { now: opts.now, lifetimeSeconds: opts.lifetimeSeconds ?? DEFAULT_KEY_LIFETIME_SECONDS };

  for (const spec of specs) {
    if (spec.group === 'asymmetric' && !asymmetric) continue;
    if (opts.only && !opts.only.includes(spec.name)) continue;
    const cur = current[spec.name] ?? '';
    registerSecret(cur);
    const rotating = rotate.includes(spec.name);
    if (!rotating && isReference(cur)) {
      plan.kept.push(spec.name);
      plan.warnings.push({ name: spec.name, message: 'refers to another variable; not generated here' });
      continue;
    }
    switch (spec.kind) {
      case 'random':
      case 'opaque': {
        const fresh = () =>
          spec.kind === 'opaque' ? opaqueKey(spec.prefix!, spec.length) : randomSecret(spec.length!, spec.encoding!);
        // A value `pmoves lint` knows as default or published was never a real secret: replaced
        // like an empty one. One merely short or oddly encoded is kept with a warning (it may be in use).
        const known = rotating || cur === '' ? undefined : knownInsecureValue(cur);
        if (rotating) set(spec.name, 'rotate', 'named in --rotate', fresh());
        else if (cur === '') set(spec.name, 'create', 'missing or empty', fresh());
        else if (isPlaceholder(cur)) set(spec.name, 'replace', 'holds a placeholder, not a secret', fresh());
        else if (known) set(spec.name, 'replace', `insecure: ${known}`, fresh());
        else {
          plan.kept.push(spec.name);
          const weak = weakness(spec, cur);
          if (weak) plan.warnings.push({ name: spec.name, message: `${weak}; regenerate with --rotate ${spec.name}` });
        }
        break;
      }
      case 'jwt': {
        const secret = final[spec.dependsOn!] ?? '';
        if (isReference(secret)) {
          plan.kept.push(spec.name);
          plan.warnings.push({ name: spec.name, message: `not signed here: ${spec.dependsOn} refers to another variable` });
          break;
        }
        if (secret === '') throw new UserError(`${spec.name} needs ${spec.dependsOn}, which is empty`);
        const sign = () => signRoleKey(secret, spec.role!, signOpts);
        if (rotating) set(spec.name, 'resign', 'named in --rotate', await sign());
        else if (cur === '') set(spec.name, 'create', 'missing or empty', await sign());
        else if (changed.has(spec.dependsOn!)) set(spec.name, 'resign', `${spec.dependsOn} changed`, await sign());
        else {
          const st = await inspectRoleKey(cur, secret, spec.role!);
          if (st.problem) set(spec.name, 'resign', st.problem, await sign());
          else if (st.exp !== undefined && st.exp <= (opts.now ?? Math.floor(Date.now() / 1000)))
            set(spec.name, 'resign', 'expired', await sign());
          else plan.kept.push(spec.name);
        }
        break;
      }
      case 'jwt-keys': {
        const secret = final[spec.dependsOn!] ?? '';
        if (isReference(secret)) {
          plan.kept.push(spec.name);
          plan.warnings.push({ name: spec.name, message: `not built here: ${spec.dependsOn} refers to another variable` });
          break;
        }
        const existing = cur ? signingKeyOf(cur) : undefined;
        if (rotating) set(spec.name, 'rotate', 'named in --rotate: new ES256 signing key', buildJwtKeys(await newSigningJwk(), secret));
        else if (cur === '') set(spec.name, 'create', 'missing or empty', buildJwtKeys(await newSigningJwk(), secret));
        else if (!existing) set(spec.name, 'replace', 'has no ES256 private key (or is not JSON)', buildJwtKeys(await newSigningJwk(), secret));
        else {
          const rebuilt = buildJwtKeys(existing, secret);
          if (!sameJson(rebuilt, cur)) set(spec.name, 'rebuild', `same ES256 key, ${spec.dependsOn} entry updated`, rebuilt);
          else plan.kept.push(spec.name);
        }
        break;
      }
      case 'jwks': {
        const keys = final[spec.dependsOn!] ?? '';
        if (keys === '') break;
        const want = buildJwks(keys);
        if (cur === '') set(spec.name, 'create', 'missing or empty', want);
        else if (!sameJson(want, cur)) set(spec.name, 'rebuild', `derived from ${spec.dependsOn}`, want);
        else plan.kept.push(spec.name);
        break;
      }
    }
  }
  return plan;
}

export interface GenerateResult {
  file: string;
  plan: KeyPlan;
  /** False when nothing changed (or --dry-run): the file was not rewritten. */
  written: boolean;
  created: boolean;
}

/**
 * `pmoves keys generate`: plan against the env file, then write it once, atomically, 0600,
 * editing values in place so comments, order and other lines stay as they were.
 */
export async function generateKeys(opts: PlanOptions & { envFile: string; dryRun?: boolean }): Promise<GenerateResult> {
  const file = opts.envFile;
  const exists = existsSync(file);
  const text = readEnvText(file, { missingOk: true });
  const env = parseEnv(text, file);
  const current: Record<string, string> = {};
  for (const e of env.entries) current[e.key] = e.value;
  const plan = await planKeys(current, opts);
  if (opts.dryRun) return { file, plan, written: false, created: false };
  if (plan.changes.length > 0) {
    writeFileAtomic(file, setEnvValues(text, file, plan.values), { mode: 0o600 });
    return { file, plan, written: true, created: !exists };
  }
  // Nothing to change, but an env file with secrets must not stay world-readable.
  if (exists && (statSync(file).mode & 0o777) !== 0o600) chmodSync(file, 0o600);
  return { file, plan, written: false, created: false };
}
