import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as core from '@actions/core';
import { exec } from '../core/exec.js';
import type { Logger } from '../core/log.js';
import { UserError, formatUserError } from '../core/errors.js';
import { selectEngine, type EngineName } from '../build/engine.js';
import type { BuildPlan } from '../build/plan.js';
import { makeEngine, mergeImages } from '../build/run.js';
import { readResults } from '../build/results.js';
import { summaryTable } from '../build/summary.js';

/**
 * merge-manifests: after the matrix legs pushed by digest, one index per image from their
 * results, checked to hold every planned platform.
 */
const log: Logger = { info: (m) => core.info(m), warn: (m) => core.warning(m), step: (m) => core.info(`==> ${m}`) };

async function main(): Promise<void> {
  const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const planIn = core.getInput('plan', { required: true });
  const plan = JSON.parse(existsSync(resolve(cwd, planIn)) ? readFileSync(resolve(cwd, planIn), 'utf8') : planIn) as BuildPlan;
  const results = readResults(core.getInput('results', { required: true }), cwd);
  const requested = (core.getInput('engine') || 'auto') as EngineName | 'auto';
  const engineName = requested === 'auto' ? (results[0]?.engine ?? (await selectEngine('auto', exec))) : requested;
  const root = existsSync(dirname(plan.manifest)) ? dirname(plan.manifest) : cwd;
  const engine = makeEngine(engineName, { exec, log, root, workDir: join(process.env.RUNNER_TEMP ?? root, 'pmoves-build') });
  const merged = await mergeImages(plan, results, engine);
  core.setOutput('images', JSON.stringify(merged));
  core.setOutput('digests', JSON.stringify(Object.fromEntries(merged.map((m) => [m.image, m.digest]))));
  await core.summary.addHeading('Images', 3).addRaw(summaryTable(results, merged)).write();
}

main().catch((err: unknown) => {
  core.setFailed(err instanceof UserError ? formatUserError(err) : (err as Error).message);
});
