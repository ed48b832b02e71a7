import { resolve } from 'node:path';
import { parseCommandArgs } from '../app.js';
import type { CliIO } from '../io.js';
import { UserError } from '../../core/errors.js';
import { registerSecret } from '../../core/redact.js';
import { generateKeys } from '../../keys/generate.js';
import { keyExpiries } from '../../keys/expiry.js';
import { DEFAULT_KEY_LIFETIME_SECONDS } from '../../keys/jwt.js';
import { parseEnv } from '../../env/parse.js';
import { githubSecretsApi, parseRepo, type SecretTarget } from '../../secrets/github-secrets.js';
import { planStore, storeSecrets, type StorePlan } from '../../secrets/store.js';
import { storeCandidates } from '../../secrets/candidates.js';
import { checkKeys } from '../../keys/check.js';
import { isSecretName } from '../../keys/secret-names.js';
import { readEnvText } from '../../keys/env-io.js';

const HELP = `pmoves keys — generate, check and store the Supabase secrets of a site

Usage:
  pmoves keys generate [--env-file F] [--rotate NAME...] [--asymmetric] [--expiry-years N] [--dry-run] [--json]
  pmoves keys check    --env-file F [--json]
  pmoves keys store    --repo OWNER/REPO [--environment NAME | --org ORG] --env-file F
                       [--only NAME...] [--rotate] [--dry-run] [--json]

generate  fills every empty (or placeholder) secret of the env file: JWT_SECRET, ANON_KEY and
          SERVICE_ROLE_KEY (HS256 JWTs signed now, valid --expiry-years, default 5),
          SECRET_KEY_BASE, VAULT_ENC_KEY, PG_META_CRYPTO_KEY, LOGFLARE_*_ACCESS_TOKEN,
          S3_PROTOCOL_ACCESS_KEY_*, POSTGRES_PASSWORD, DASHBOARD_PASSWORD, REALTIME_DB_ENC_KEY,
          MINIO_ROOT_PASSWORD;
          --asymmetric adds JWT_KEYS, JWT_JWKS and the opaque sb_publishable_/sb_secret_ keys.
          Existing values are kept unless named in --rotate; rotating JWT_SECRET re-signs both
          keys. The file is edited in place (comments and order kept), atomically, mode 0600.
          A POSTGRES_PASSWORD already in use is changed with \`pmoves db rotate-passwords\`.
check     the lint rules insecure-secret, jwt-key-mismatch and unsafe-secret-chars for one env
          file, and the days left before each JWT key expires (exit 1 on a finding, an expired
          key or one expiring within 30 days).
store     writes the secrets of the env file as GitHub Actions secrets (repository, environment
          or organization), each sealed with libsodium to the target's public key. Existing
          secrets are left alone unless --rotate. --dry-run lists names only. Needs a token in
          GH_TOKEN (or GITHUB_TOKEN) that may write secrets: a fine-grained PAT with
          "Secrets: Read and write", or a GitHub App; the workflow GITHUB_TOKEN cannot.
          GITHUB_API_URL is honoured (GitHub Enterprise Server).

Options:
  --env-file F         env file to read/write (default: .env)
  --rotate NAME        generate: regenerate NAME even though it has a value (repeatable, or A,B)
                       store: overwrite secrets that already exist
  --asymmetric         generate: also the ES256 key set and the opaque API keys
  --expiry-years N     generate: lifetime of ANON_KEY / SERVICE_ROLE_KEY (default 5)
  --repo OWNER/REPO    store: the repository (default: GITHUB_REPOSITORY)
  --environment NAME   store: an environment of the repository (exact name the workflows use)
  --org ORG            store: an organization secret visible to --repo
  --only NAME          store: only these names (repeatable, or A,B)
  --dry-run            print the plan, change nothing
  --json               machine-readable output (never contains a value)
  -h, --help           this help

Examples:
  pmoves keys generate --env-file .env
  pmoves keys generate --env-file .env --rotate JWT_SECRET
  pmoves keys check --env-file .env
  GH_TOKEN=github_pat_... pmoves keys store --repo POWERFULMOVES/PMOVES.AI --environment production --env-file .env --dry-run
`;

function names(list: string[] | undefined, extra: string[] = []): string[] {
  return [...(list ?? []), ...extra].flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout(HELP);
    return sub ? 0 : 2;
  }
  if (sub === 'generate') return generate(rest, io);
  if (sub === 'check') return check(rest, io);
  if (sub === 'store') return store(rest, io);
  throw new UserError(`unknown subcommand "keys ${sub}"`, { hint: 'one of: generate, check, store (see pmoves keys --help)' });
}

async function generate(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('keys', argv, {
    'env-file': { type: 'string' },
    rotate: { type: 'string', multiple: true },
    asymmetric: { type: 'boolean' },
    'expiry-years': { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length > 0 && !values.rotate) {
    throw new UserError(`unexpected argument "${positionals[0]}"`, { hint: 'see pmoves keys --help' });
  }
  let lifetime = DEFAULT_KEY_LIFETIME_SECONDS;
  if (values['expiry-years'] !== undefined) {
    const y = Number(values['expiry-years']);
    if (!Number.isFinite(y) || y <= 0 || y > 20) {
      throw new UserError(`--expiry-years ${values['expiry-years']}: expected a number of years between 0 and 20`);
    }
    lifetime = Math.round(y * 365 * 24 * 60 * 60);
  }
  const file = resolve(io.cwd, values['env-file'] ?? '.env');
  const res = await generateKeys({
    envFile: file,
    rotate: names(values.rotate, positionals),
    asymmetric: values.asymmetric,
    lifetimeSeconds: lifetime,
    dryRun: values['dry-run'],
  });
  const after = res.written ? envValues(file) : { ...envValues(file, true), ...res.plan.values };
  const expiries = keyExpiries(after);
  if (values.json) {
    const { values: _secret, ...plan } = res.plan;
    void _secret;
    io.stdout(JSON.stringify({ file, written: res.written, dryRun: Boolean(values['dry-run']), ...plan, expiries }, null, 2) + '\n');
    return 0;
  }
  const verb = values['dry-run'] ? 'would change' : res.written ? (res.created ? 'created with' : 'changed') : 'unchanged:';
  const count = res.plan.changes.length;
  io.stdout(`${file}: ${verb} ${count ? `${count} secret${count > 1 ? 's' : ''}` : 'every secret already set'}${res.written ? ' (mode 0600)' : ''}\n`);
  const width = Math.max(8, ...res.plan.changes.map((c) => c.name.length));
  for (const c of res.plan.changes) io.stdout(`  ${c.action.padEnd(8)} ${c.name.padEnd(width)}  ${c.reason}\n`);
  if (res.plan.kept.length) io.stdout(`  kept     ${res.plan.kept.join(', ')}\n`);
  for (const w of res.plan.warnings) io.stderr(`warning: ${w.name} ${w.message}\n`);
  for (const e of expiries) {
    if (e.expires) io.stdout(`  ${e.name} expires ${e.expires.slice(0, 10)} (${e.daysLeft} days)\n`);
  }
  if (res.plan.changes.some((c) => c.name === 'POSTGRES_PASSWORD' && c.action !== 'create')) {
    io.stderr('warning: POSTGRES_PASSWORD changed in the env file only; if the database was already initialised, run `pmoves db rotate-passwords` instead\n');
  }
  return 0;
}

function envValues(file: string, missingOk = false): Record<string, string> {
  const text = readEnvText(file, { missingOk });
  const out: Record<string, string> = {};
  for (const e of parseEnv(text, file).entries) {
    out[e.key] = e.value;
    if (isSecretName(e.key)) registerSecret(e.value);
  }
  return out;
}

async function check(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('keys', argv, {
    'env-file': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  }, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (!values['env-file']) throw new UserError('keys check needs --env-file F', { hint: 'e.g. pmoves keys check --env-file .env' });
  const res = await checkKeys({ envFile: resolve(io.cwd, values['env-file']), cwd: io.cwd });
  if (values.json) {
    io.stdout(JSON.stringify(res, null, 2) + '\n');
    return res.ok ? 0 : 1;
  }
  for (const f of res.findings) io.stdout(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.rule}]\n`);
  for (const e of res.expiries) {
    if (e.problem) io.stdout(`${e.name}: ${e.problem}\n`);
    else io.stdout(`${e.name}: expires ${e.expires!.slice(0, 10)}, ${e.daysLeft! < 0 ? `EXPIRED ${-e.daysLeft!} days ago` : `${e.daysLeft} days left`}\n`);
  }
  io.stdout(res.ok ? 'keys ok\n' : `keys check failed: ${res.errorCount} error(s), ${res.warningCount} warning(s)\n`);
  return res.ok ? 0 : 1;
}

async function store(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('keys', argv, {
    repo: { type: 'string' },
    environment: { type: 'string' },
    org: { type: 'string' },
    'env-file': { type: 'string' },
    only: { type: 'string', multiple: true },
    rotate: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length > 0 && !values.only) throw new UserError(`unexpected argument "${positionals[0]}"`, { hint: 'see pmoves keys --help' });
  const repoArg = values.repo ?? io.env.GITHUB_REPOSITORY;
  if (!repoArg) throw new UserError('keys store needs --repo OWNER/REPO', { hint: 'e.g. --repo POWERFULMOVES/PMOVES.AI' });
  if (values.environment && values.org) throw new UserError('--environment and --org exclude each other', { hint: 'environment secrets belong to a repository; org secrets to an organization' });
  if (!values['env-file']) throw new UserError('keys store needs --env-file F', { hint: 'e.g. --env-file .env' });
  const { owner, repo } = parseRepo(repoArg);
  const target: SecretTarget = values.environment
    ? { scope: 'environment', owner, repo, environment: values.environment }
    : values.org
      ? { scope: 'org', org: values.org, owner, repo }
      : { scope: 'repo', owner, repo };
  const file = resolve(io.cwd, values['env-file']);
  const secrets = storeCandidates(envValues(file), names(values.only, positionals), file);
  const token = io.env.GH_TOKEN || io.env.GITHUB_TOKEN || '';
  registerSecret(token);
  let plan: StorePlan;
  let written: string[] = [];
  if (!token && values['dry-run']) {
    plan = planStore(target, secrets, undefined, { rotate: values.rotate });
  } else {
    if (!token) throw new UserError('no GitHub token: set GH_TOKEN', { hint: 'a fine-grained PAT with "Secrets: Read and write" on the repository, or a GitHub App token' });
    const api = githubSecretsApi(target, { token, baseUrl: io.env.GITHUB_API_URL });
    ({ plan, written } = await storeSecrets(api, secrets, { rotate: values.rotate, dryRun: values['dry-run'] }));
  }
  if (values.json) {
    io.stdout(JSON.stringify({ target: plan.where, dryRun: Boolean(values['dry-run']), items: plan.items, written }, null, 2) + '\n');
    return 0;
  }
  io.stdout(`${values['dry-run'] ? 'plan for' : 'stored in'} ${plan.where}:\n`);
  const width = Math.max(8, ...plan.items.map((i) => i.name.length));
  for (const i of plan.items) {
    const action = values['dry-run'] ? i.action : written.includes(i.name) ? (i.action === 'update' ? 'updated' : 'created') : i.action;
    io.stdout(`  ${action.padEnd(10)} ${i.name.padEnd(width)}  ${i.reason}\n`);
  }
  return 0;
}
