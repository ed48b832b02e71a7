import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { planKeys } from '../../src/keys/generate.js';
import { runAction } from '../support/run-action.js';

const ROOT = join(import.meta.dirname, '../..');
const DETECT = join(ROOT, 'dist/actions/detect-platform.js');
const DEPLOY = join(ROOT, 'dist/actions/deploy-site.js');
const withoutMasks = (s: string) => s.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');

describe('detect-platform and deploy-site actions, run as the runner runs them', () => {
  beforeAll(() => {
    if (!existsSync(DETECT) || !existsSync(DEPLOY)) {
      const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
    }
  }, 120_000);

  it('detect-platform reports the Jetson fixture and its labels as outputs and a summary', () => {
    const run = runAction(DETECT, { root: 'test/fixtures/platforms/jetson-orin-r36.4' }, { cwd: ROOT, env: { GITHUB_WORKSPACE: ROOT } });
    expect(run.status, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ platform: 'jetson', arch: 'arm64', l4t: 'r36.4.0', jetpack: '6.1', cuda: '12.6', gpu: 'true', compose: 'v2', 'compose-command': 'docker compose' });
    expect(JSON.parse(run.outputs['labels-json'])).toEqual(['self-hosted', 'linux', 'arm64', 'jetson', 'l4t-r36.4', 'jetpack-6', 'cuda-12.6', 'gpu', 'nvidia']);
    expect(JSON.parse(run.outputs.json).jetson.model).toBe('NVIDIA Jetson AGX Orin Developer Kit');
    expect(run.summary).toContain('L4T r36.4.0, JetPack 6.1, CUDA 12.6');
  });

  it('detect-platform fails the step with the reason when the root is missing', () => {
    const run = runAction(DETECT, { root: 'test/fixtures/platforms/does-not-exist' }, { cwd: ROOT, env: { GITHUB_WORKSPACE: ROOT } });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(/::error::.*does-not-exist does not exist/);
  });

  it('deploy-site plan on a hosted runner without secrets gives the labels and warns what the environment must supply', () => {
    const run = runAction(DEPLOY, { command: 'plan', site: 'jetson-edge' }, { cwd: ROOT, env: { GITHUB_WORKSPACE: ROOT } });
    expect(run.status, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.labels)).toEqual(['self-hosted', 'linux', 'arm64', 'jetson']);
    expect(run.outputs.environment).toBe('jetson-edge');
    expect(run.stdout).toMatch(/::warning::not set here, must come from the GitHub environment "jetson-edge" at deploy time: .*POSTGRES_PASSWORD/);
    const plan = JSON.parse(run.outputs.plan);
    expect(plan.model.services.functions.deploy.resources.reservations.devices[0]).toMatchObject({ driver: 'nvidia', capabilities: ['gpu'] });
    expect(run.summary).toMatch(/pmoves lint of the rendered project: 0 error\(s\)/);
  });

  it('deploy-site plan with the environment secrets masks them and never prints them', async () => {
    const keys = (await planKeys({})).values;
    const secrets = { ...keys, CENTRAL_DB_URL: 'postgres://sync:central-pw-0123456789@central.pmoves.example:6543/postgres', github_token: 'ghs_not-a-site-variable' };
    const run = runAction(DEPLOY, { command: 'plan', site: 'jetson-edge', secrets: JSON.stringify(secrets), 'require-secrets': 'true' }, { cwd: ROOT, env: { GITHUB_WORKSPACE: ROOT } });
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain(`::add-mask::${keys.JWT_SECRET}`);
    const visible = withoutMasks(run.stdout) + run.stderr + run.summary + JSON.stringify(run.outputs);
    for (const name of ['JWT_SECRET', 'POSTGRES_PASSWORD', 'SERVICE_ROLE_KEY']) expect(visible).not.toContain(keys[name]);
    expect(visible).not.toContain('central-pw-0123456789');
    const plan = JSON.parse(run.outputs.plan);
    expect(plan.variables.find((v: { key: string }) => v.key === 'POSTGRES_PASSWORD')).toMatchObject({ value: '***', source: 'environment' });
  });

  it('deploy-site plan with require-secrets fails when the environment lacks one', () => {
    const run = runAction(DEPLOY, { command: 'plan', site: 'lab-workstation', 'require-secrets': 'true' }, { cwd: ROOT, env: { GITHUB_WORKSPACE: ROOT } });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(/::error::.*sites\.yaml:\d+:\d+: error: site "lab-workstation" \(integrated\) is missing required variable: SERVICE_ROLE_KEY/);
  });
});
