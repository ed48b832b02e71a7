import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../core/atomic-write.js';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { exec } from '../core/exec.js';
import type { Logger } from '../core/log.js';
import { UserError, formatUserError } from '../core/errors.js';
import type { CacheBackend } from '../build/bake.js';
import { parseChangedFiles } from '../build/changes.js';
import { changedFilesFromEvent, resolveGitContext } from '../build/context.js';
import { parseSizeOption } from '../build/disk-guard.js';
import type { EngineName } from '../build/engine.js';
import { loadImagesManifest } from '../build/images.js';
import { planBuild, type BuildPlan } from '../build/plan.js';
import { runBuild } from '../build/run.js';
import { summaryTable } from '../build/summary.js';

/**
 * The build-images action: `mode: plan` computes which images, platforms and variants to build
 * and the matrix for distributed legs; `mode: build` builds (and pushes) one leg or all of them.
 * Inputs are named exactly as in action.yml.
 */
interface Inputs {
  mode: 'plan' | 'build';
  file: string;
  'working-directory': string;
  plan: string;
  leg: string;
  event: string;
  ref: string;
  sha: string;
  'changed-files': string;
  registry: string;
  owner: string;
  push: string;
  engine: string;
  cache: string;
  qemu: boolean;
  merge: boolean;
  'max-cache': string;
  'min-free': string;
  'results-dir': string;
}

function inputs(): Inputs {
  const mode = core.getInput('mode') || 'plan';
  if (mode !== 'plan' && mode !== 'build') throw new UserError(`input mode must be plan or build, not "${mode}"`);
  return {
    mode,
    file: core.getInput('file') || 'images.yaml',
    'working-directory': core.getInput('working-directory') || '.',
    plan: core.getInput('plan'),
    leg: core.getInput('leg'),
    event: core.getInput('event'),
    ref: core.getInput('ref'),
    sha: core.getInput('sha'),
    'changed-files': core.getInput('changed-files'),
    registry: core.getInput('registry'),
    owner: core.getInput('owner'),
    push: core.getInput('push') || 'auto',
    engine: core.getInput('engine') || 'auto',
    cache: core.getInput('cache') || 'gha',
    qemu: core.getInput('qemu') === 'true',
    merge: core.getInput('merge') === 'true',
    'max-cache': core.getInput('max-cache'),
    'min-free': core.getInput('min-free'),
    'results-dir': core.getInput('results-dir'),
  };
}

const log: Logger = { info: (m) => core.info(m), warn: (m) => core.warning(m), step: (m) => core.info(`==> ${m}`) };

async function makePlan(i: Inputs, cwd: string): Promise<BuildPlan> {
  const manifest = loadImagesManifest(resolve(cwd, i.file));
  const ctx = await resolveGitContext({ event: i.event || undefined, ref: i.ref || undefined, sha: i.sha || undefined }, process.env, exec, manifest.dir);
  const changedFiles = i['changed-files'] ? parseChangedFiles(i['changed-files']) : await changedFilesFromEvent(exec, manifest.dir, process.env);
  return planBuild(manifest, ctx, {
    changedFiles,
    push: i.push === 'auto' ? undefined : i.push === 'true',
    registry: i.registry || undefined,
    owner: i.owner || undefined,
    forceQemu: i.qemu,
  });
}

function size(name: string, v: string): number | undefined {
  if (!v) return undefined;
  const n = parseSizeOption(v);
  if (n === undefined) throw new UserError(`input ${name} "${v}" is not a size`, { hint: 'e.g. 20GB' });
  return n;
}

async function main(): Promise<void> {
  const i = inputs();
  const cwd = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), i['working-directory']);
  let plan: BuildPlan;
  if (i.plan) {
    const text = existsSync(resolve(cwd, i.plan)) ? readFileSync(resolve(cwd, i.plan), 'utf8') : i.plan;
    plan = JSON.parse(text) as BuildPlan;
  } else {
    plan = await core.group('plan', () => makePlan(i, cwd));
  }
  core.setOutput('plan', JSON.stringify(plan));
  core.setOutput('matrix', JSON.stringify(plan.matrix));
  core.setOutput('has-work', plan.legs.length > 0 ? 'true' : 'false');

  if (i.mode === 'plan') {
    const rows = plan.images.map((img) => `| ${img.name} | ${img.platforms.join(', ')} | ${img.variants.map((v) => v.name).join(', ')} | ${img.reason} |`);
    const skipped = plan.skipped.map((s) => `| ${s.image} | | | skipped: ${s.reason} |`);
    await core.summary
      .addHeading('Build plan', 3)
      .addRaw(['| image | platforms | variants | why |', '|---|---|---|---|', ...rows, ...skipped].join('\n') + '\n')
      .write();
    core.info(plan.legs.length ? `${plan.legs.length} legs to build` : 'nothing to build');
    return;
  }

  const root = dirname(plan.manifest);
  const localRoot = existsSync(root) ? root : cwd;
  const guard = i['max-cache'] || i['min-free'] ? { maxCacheBytes: size('max-cache', i['max-cache']), minFreeBytes: size('min-free', i['min-free']) } : undefined;
  const res = await runBuild(plan, {
    engine: i.engine as EngineName | 'auto',
    exec,
    log,
    root: localRoot,
    workDir: join(process.env.RUNNER_TEMP ?? join(localRoot, '.pmoves'), 'pmoves-build'),
    cache: i.cache as CacheBackend,
    legs: i.leg ? [i.leg] : undefined,
    merge: i.merge,
    diskGuard: guard,
  });
  core.setOutput('engine', res.engine);
  core.setOutput('digests', JSON.stringify(Object.fromEntries(res.results.map((r) => [r.leg, r.digest]))));
  core.setOutput('metadata', JSON.stringify(res.results));
  core.setOutput('merged', JSON.stringify(res.merged));
  if (i['results-dir']) {
    // one file per leg, so a matrix's artifacts merge into one directory for merge-manifests
    const dir = resolve(cwd, i['results-dir']);
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(join(dir, `${i.leg || 'all-legs'}.json`), JSON.stringify(res.results, null, 2) + '\n');
  }
  if (res.diskGuard) core.setOutput('disk-freed', String(res.diskGuard.reclaimedBytes));
  await core.summary.addHeading('Images', 3).addRaw(summaryTable(res.results, res.merged)).write();
}

main().catch((err: unknown) => {
  core.setFailed(err instanceof UserError ? formatUserError(err) : (err as Error).message);
});
