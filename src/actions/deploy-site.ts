import * as core from '@actions/core';
import { resolve } from 'node:path';
import { UserError, formatUserError } from '../core/errors.js';
import type { Logger } from '../core/log.js';
import { redact } from '../core/redact.js';
import { loadInventory } from '../sites/inventory.js';
import { planDeploy, publicPlan, type DeployPlan } from '../deploy/plan.js';
import { applyDeploy, deployStatus, rollbackDeploy } from '../deploy/apply.js';
import { defaultStateDir } from '../deploy/state.js';
import { loadImagePins } from '../deploy/images.js';
import { lintRendered } from '../deploy/lint-rendered.js';
import { maskValue } from './_mask-secrets.js';

/**
 * The deploy-site action: `plan` (also on a hosted runner without the secrets: it gives the
 * site's runner labels for the deploy job), `apply`, `status`, `rollback` — the same core calls
 * as `pmoves deploy`. Secrets come in as one JSON object (`toJSON(secrets)`), are masked first
 * and reach only the 0600 env file of the release.
 */
interface Inputs {
  command: 'plan' | 'apply' | 'status' | 'rollback';
  site: string;
  'sites-file': string;
  'working-directory': string;
  secrets: string;
  images: string;
  'wait-lock': number;
  'state-dir': string;
  'require-secrets': boolean;
}

function inputs(): Inputs {
  const command = core.getInput('command') || 'plan';
  if (!['plan', 'apply', 'status', 'rollback'].includes(command)) {
    throw new UserError(`input command must be plan, apply, status or rollback, not "${command}"`);
  }
  const site = core.getInput('site', { required: true });
  const wait = Number(core.getInput('wait-lock') || '600');
  if (!Number.isFinite(wait) || wait < 0) throw new UserError(`input wait-lock must be seconds, not "${core.getInput('wait-lock')}"`);
  return {
    command: command as Inputs['command'],
    site,
    'sites-file': core.getInput('sites-file') || 'sites.yaml',
    'working-directory': core.getInput('working-directory') || '.',
    secrets: core.getInput('secrets'),
    images: core.getInput('images'),
    'wait-lock': wait,
    'state-dir': core.getInput('state-dir'),
    // the runner passes action.yml defaults; a bare `node` run (tests, local) may not
    'require-secrets': (core.getInput('require-secrets') || 'false').toLowerCase() === 'true',
  };
}

/** `toJSON(secrets)` -> masked env entries. GITHUB_TOKEN is not a site variable: left out. */
function secretEnv(json: string): Record<string, string> {
  if (!json.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new UserError('input secrets is not a JSON object', { hint: 'pass secrets: ${{ toJSON(secrets) }}' });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UserError('input secrets is not a JSON object', { hint: 'pass secrets: ${{ toJSON(secrets) }}' });
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof v !== 'string' || k === 'github_token' || k === 'GITHUB_TOKEN') continue;
    maskValue(v);
    out[k] = v;
  }
  return out;
}

const log: Logger = {
  info: (m) => core.info(redact(m)),
  warn: (m) => core.warning(redact(m)),
  step: (m) => core.info(redact(`==> ${m}`)),
};

async function summarize(plan: DeployPlan, heading: string, extra: string[] = []): Promise<void> {
  const p = publicPlan(plan);
  const rows = p.services.map((s) => [String(s.level + 1), s.name, s.image ?? '(build)', s.platform ?? '', s.gpu ? 'gpu' : '', s.healthcheck ? 'yes' : 'no']);
  await core.summary
    .addHeading(heading, 3)
    .addRaw(`site **${p.site}**: ${p.mode} on ${p.platform}/${p.arch}; supabase ${p.supabase.local ? 'local' : `central ${p.supabase.url}`}; runner labels \`${p.labels.join(', ')}\`\n\n`)
    .addTable([
      ['start', 'service', 'image', 'platform', 'gpu', 'healthcheck'].map((h) => ({ data: h, header: true })),
      ...rows,
    ])
    .addRaw(extra.map((e) => `${e}\n\n`).join('') + (p.warnings.length ? p.warnings.map((w) => `- ${w}`).join('\n') + '\n' : ''))
    .write();
}

async function main(): Promise<void> {
  const i = inputs();
  const env = { ...process.env, ...secretEnv(i.secrets) };
  const cwd = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), i['working-directory']);
  const engine = { stateDir: i['state-dir'] ? resolve(cwd, i['state-dir']) : defaultStateDir(env), log, waitLockMs: i['wait-lock'] * 1000 };

  if (i.command === 'status') {
    const s = await deployStatus(i.site, engine);
    core.setOutput('release', String(s.current ?? ''));
    core.setOutput('status', JSON.stringify(s));
    return;
  }
  if (i.command === 'rollback') {
    const r = await rollbackDeploy(i.site, engine);
    core.setOutput('release', String(r.release));
    core.setOutput('result', r.result);
    if (r.exitCode !== 0) core.setFailed(`rollback of ${i.site} to release ${r.release} failed: ${r.error ?? ''}`);
    return;
  }

  const inventory = loadInventory(resolve(cwd, i['sites-file']));
  const site = inventory.get(i.site);
  core.setOutput('labels', JSON.stringify(site.labels));
  core.setOutput('environment', site.name);
  const plan = planDeploy({
    site,
    env,
    images: i.images ? loadImagePins(resolve(cwd, i.images)) : undefined,
    allowMissing: i.command === 'plan' && !i['require-secrets'],
  });
  core.setOutput('plan', redact(JSON.stringify(publicPlan(plan))));
  for (const w of plan.warnings) core.warning(w);

  if (i.command === 'plan') {
    const lint = await lintRendered(plan);
    for (const f of lint.findings) {
      if (f.severity === 'error') core.error(`${f.rule}: ${f.message}`);
    }
    await summarize(plan, `Deploy plan: ${plan.site}`, [`pmoves lint of the rendered project: ${lint.errorCount} error(s), ${lint.warningCount} warning(s)`]);
    if (lint.errorCount > 0) core.setFailed(`pmoves lint found ${lint.errorCount} error(s) in the rendered project of ${plan.site}`);
    return;
  }

  const r = await applyDeploy(plan, engine);
  core.setOutput('release', String(r.release));
  core.setOutput('result', r.result);
  core.setOutput('rolled-back-to', r.rolledBackTo === undefined ? '' : String(r.rolledBackTo));
  const line = r.result === 'success' ? `release ${r.release} is healthy` : r.result === 'rolled-back' ? `release ${r.release} failed (${r.error}); rolled back to release ${r.rolledBackTo}, healthy` : `release ${r.release} failed: ${r.error}`;
  await summarize(plan, `Deploy: ${plan.site}`, [redact(line)]);
  if (r.exitCode !== 0) core.setFailed(redact(line));
}

main().catch((err: unknown) => {
  core.setFailed(redact(err instanceof UserError ? formatUserError(err) : (err as Error).message));
});
