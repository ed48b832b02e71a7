import { resolve } from 'node:path';
import { parseCommandArgs } from '../app.js';
import type { CliIO } from '../io.js';
import { UserError } from '../../core/errors.js';
import { redact } from '../../core/redact.js';
import type { Logger } from '../../core/log.js';
import { loadInventory, defaultSitesPath } from '../../sites/inventory.js';
import { planDeploy, publicPlan, type DeployPlan } from '../../deploy/plan.js';
import { applyDeploy, deployStatus, rollbackDeploy, type ApplyResult, type SiteStatus } from '../../deploy/apply.js';
import { defaultStateDir } from '../../deploy/state.js';
import { loadImagePins } from '../../deploy/images.js';
import { displayString } from '../../deploy/render.js';
import { lintRendered } from '../../deploy/lint-rendered.js';

const HELP = `pmoves deploy — plan, apply, inspect and roll back a site's compose deploy

Usage:
  pmoves deploy plan     --site NAME [--json]
  pmoves deploy apply    --site NAME [--dry-run] [--wait-lock SECONDS] [--json]
  pmoves deploy status   --site NAME [--json]
  pmoves deploy rollback --site NAME [--to RELEASE] [--json]

plan      env layers (env.base -> env.platform.<p> -> env.<environment> -> env.service.<s>, each
          value with the file:line it came from), secrets from the environment (the runner
          passes GitHub environment secrets), the variables the site's mode requires (a missing
          one stops here, exit 2), compose files and profiles, GPU reservations, arm64 images,
          digests from a build. Secrets print as ***.
apply     take the site's lock, render release N (compose.yaml + .env 0600), pull images
          before anything stops, start databases first then each depends_on level, wait for
          health, run smoke checks, record the release and an audit line. On failure: the
          failing services' last log lines, rollback to the last healthy release, exit 1.
status    releases, the current one, and the live health of each service.
rollback  run the last healthy release before the current one (or --to N) again.

Options:
  --site NAME          the site in sites.yaml
  --sites FILE         the inventory (default ./sites.yaml)
  --state-dir DIR      releases, state.json and audit.jsonl (default $PMOVES_STATE_DIR, else
                       ~/.local/state/pmoves/deploy): outside the checkout so it survives it
  --images FILE        JSON digests from the build, to pin images by digest
  --wait-lock SECONDS  wait for another deploy of the same site instead of refusing (default 0)
  --dry-run            apply: print the plan, change nothing
  --json               machine-readable output
  -h, --help           this help

Example:
  POSTGRES_PASSWORD=... JWT_SECRET=... pmoves deploy plan --site jetson-edge --json
  pmoves deploy apply --site lab-workstation --wait-lock 600
`;

/** Progress goes to stderr even with --json: stdout holds only the JSON. */
function logger(io: CliIO): Logger {
  const w = (s: string) => io.stderr(redact(s) + '\n');
  return { info: (m) => w(m), warn: (m) => w(`warning: ${m}`), step: (m) => w(`==> ${m}`) };
}

export function formatPlan(plan: DeployPlan): string {
  const p = publicPlan(plan);
  const lines = [
    `site ${p.site}: ${p.mode} on ${p.platform}/${p.arch}, env layer env.${p.environment}, GitHub environment "${p.githubEnvironment}", project ${p.project}`,
    `runner labels: ${p.labels.join(', ')}`,
    `supabase: ${p.supabase.local ? 'local' : `central ${p.supabase.url}`}${p.supabase.centralUrl && p.supabase.local ? ` (central ${p.supabase.centralUrl})` : ''}`,
    `compose files: ${p.composeFiles.join(', ')}${p.profiles.length ? `; profiles: ${p.profiles.join(', ')}` : ''}`,
    `env layers: ${p.envFiles.length ? p.envFiles.join(' -> ') : '(none)'}`,
    '',
    'start order:',
    ...p.order.map((l, i) => `  ${i + 1}. ${l.join(', ')}`),
    '',
    'services:',
    ...p.services.map((s) => `  ${s.name.padEnd(16)} ${displayString(s.image ?? '(build)')} ${s.platform ?? ''}${s.gpu ? ' gpu' : ''}${s.healthcheck ? '' : ' (no healthcheck)'}`),
  ];
  if (p.removedServices.length) lines.push(`not run here: ${p.removedServices.join(', ')}`);
  lines.push('', 'variables:');
  for (const v of p.variables) {
    const where = v.source === 'environment' ? 'environment' : `${v.file}:${v.line}`;
    lines.push(`  ${v.key}=${v.value}  (${where}${v.overridden.length ? `, overrides ${v.overridden.map((o) => `${o.file}:${o.line}`).join(', ')}` : ''})`);
  }
  for (const w of p.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n') + '\n';
}

function formatStatus(s: SiteStatus): string {
  const lines = [`site ${s.site}: current release ${s.current ?? '(none)'}`];
  if (s.lock) lines.push(`locked by pid ${s.lock.pid} on ${s.lock.host} since ${s.lock.startedAt} (${s.lock.command})`);
  for (const r of s.releases) lines.push(`  release ${r.id}  ${r.result.padEnd(7)}  ${r.createdAt}${r.id === s.current ? '  <- current' : ''}`);
  if (s.services.length) lines.push('services:', ...s.services.map((x) => `  ${x.service.padEnd(16)} ${x.status}`));
  if (s.lastAudit) lines.push(`last: ${s.lastAudit.action} of release ${s.lastAudit.release} by ${s.lastAudit.user} at ${s.lastAudit.time}: ${s.lastAudit.result}`);
  return lines.join('\n') + '\n';
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('deploy', argv, {
    site: { type: 'string' },
    sites: { type: 'string' },
    'state-dir': { type: 'string' },
    images: { type: 'string' },
    'wait-lock': { type: 'string' },
    to: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const sub = positionals[0];
  if (!sub || !['plan', 'apply', 'status', 'rollback'].includes(sub) || positionals.length > 1) {
    throw new UserError(sub ? `unknown deploy subcommand "${positionals.join(' ')}"` : 'missing the deploy subcommand', { hint: 'one of: plan, apply, status, rollback (see pmoves deploy --help)' });
  }
  if (!values.site) throw new UserError('--site is required', { hint: `e.g. pmoves deploy ${sub} --site jetson-edge` });
  const waitLock = values['wait-lock'] === undefined ? 0 : Number(values['wait-lock']);
  if (!Number.isFinite(waitLock) || waitLock < 0) throw new UserError(`--wait-lock must be a number of seconds, not "${values['wait-lock']}"`);
  const stateDir = values['state-dir'] ? resolve(io.cwd, values['state-dir']) : defaultStateDir(io.env);
  const log = logger(io);
  const engine = { stateDir, log, waitLockMs: waitLock * 1000 };

  if (sub === 'status' || sub === 'rollback') {
    if (sub === 'status') {
      const s = await deployStatus(values.site, engine);
      io.stdout(values.json ? JSON.stringify(s, null, 2) + '\n' : formatStatus(s));
      return 0;
    }
    const to = values.to === undefined ? undefined : Number(values.to);
    if (to !== undefined && !Number.isInteger(to)) throw new UserError(`--to must be a release number, not "${values.to}"`);
    const r = await rollbackDeploy(values.site, { ...engine, to });
    if (values.json) io.stdout(JSON.stringify(r, null, 2) + '\n');
    return r.exitCode;
  }

  const inventory = loadInventory(values.sites ? resolve(io.cwd, values.sites) : defaultSitesPath(io.cwd));
  const site = inventory.get(values.site);
  const plan = planDeploy({ site, env: io.env, images: values.images ? loadImagePins(resolve(io.cwd, values.images)) : undefined });
  if (sub === 'plan' || values['dry-run']) {
    const lint = await lintRendered(plan);
    if (values.json) io.stdout(redact(JSON.stringify({ ...publicPlan(plan), lint }, null, 2)) + '\n');
    else {
      io.stdout(formatPlan(plan));
      io.stdout(`pmoves lint of the rendered project: ${lint.errorCount} error(s), ${lint.warningCount} warning(s)\n`);
      for (const f of lint.findings.filter((x) => x.severity === 'error')) io.stdout(`  error ${f.rule}: ${f.message}\n`);
    }
    return lint.errorCount > 0 ? 1 : 0;
  }
  const result: ApplyResult = await applyDeploy(plan, engine);
  if (values.json) io.stdout(JSON.stringify(result, null, 2) + '\n');
  return result.exitCode;
}
