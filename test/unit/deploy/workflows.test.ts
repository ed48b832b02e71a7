import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../../src/core/package-root.js';
import { loadInventory } from '../../../src/sites/inventory.js';

const read = (p: string) => readFileSync(fromRoot(p), 'utf8');
const yaml = (p: string) => parse(read(p)) as any;

describe('deploy, nightly and lint workflows', () => {
  it.each(['deploy', 'nightly', 'lint'])('workflows/%s.yml is kept byte for byte under .github/workflows/ as reusable-<name>.yml', (name) => {
    expect(read(`.github/workflows/reusable-${name}.yml`)).toBe(read(`workflows/${name}.yml`));
  });

  it('the reusable deploy: plan job -> deploy job on the site labels, in the site environment, one per site', () => {
    const wf = yaml('workflows/deploy.yml');
    expect(Object.keys(wf.on)).toEqual(['workflow_call']);
    expect(wf.on.workflow_call.inputs.site).toMatchObject({ type: 'string', required: true });
    const { plan, deploy } = wf.jobs;
    expect(plan.outputs.labels).toBe('${{ steps.plan.outputs.labels }}');
    expect(plan.steps.at(-1)).toMatchObject({ id: 'plan', uses: './.pmoves-toolkit/actions/deploy-site', with: { command: 'plan' } });
    expect(deploy.needs).toBe('plan');
    expect(deploy['runs-on']).toBe('${{ fromJSON(needs.plan.outputs.labels) }}');
    expect(deploy.environment).toBe('${{ inputs.site }}');
    expect(deploy.concurrency).toEqual({ group: 'deploy-${{ inputs.site }}', 'cancel-in-progress': false });
    expect(deploy.steps.at(-1).with.secrets).toBe('${{ toJSON(secrets) }}');
  });

  it("the repository's deploy offers exactly the sites of sites.yaml and passes the secrets on", () => {
    const wf = yaml('.github/workflows/deploy.yml');
    const sites = loadInventory(fromRoot('sites.yaml')).sites.map((s) => s.name);
    expect(wf.on.workflow_dispatch.inputs.site.options).toEqual(sites);
    expect(wf.jobs.deploy.uses).toBe('./.github/workflows/reusable-deploy.yml');
    expect(wf.jobs.deploy.secrets).toBe('inherit');
  });

  it('nightly runs on hosted amd64 and arm64, and on the Jetson runner only when asked', () => {
    const wf = yaml('workflows/nightly.yml');
    expect(wf.jobs.hosted.strategy.matrix.include.map((m: any) => [m.arch, m.runner])).toEqual([['amd64', 'ubuntu-24.04'], ['arm64', 'ubuntu-24.04-arm']]);
    expect(wf.jobs.jetson.if).toBe('inputs.jetson');
    expect(JSON.parse(wf.on.workflow_call.inputs['jetson-labels'].default)).toContain('jetson');
    expect(wf.on.workflow_call.inputs['test-command'].default).toMatch(/test\/integration sync-worker\/test/);
    expect(yaml('.github/workflows/nightly.yml').on.schedule).toHaveLength(1);
  });

  it('every input a workflow passes to a toolkit action is declared by that action', () => {
    for (const file of ['workflows/deploy.yml', 'workflows/lint.yml']) {
      const wf = yaml(file);
      for (const job of Object.values<any>(wf.jobs)) {
        for (const step of job.steps ?? []) {
          const m = /^\.\/\.pmoves-toolkit\/actions\/(.+)$/.exec(step.uses ?? '');
          if (!m) continue;
          const declared = Object.keys(yaml(join('actions', m[1], 'action.yml')).inputs ?? {});
          expect(Object.keys(step.with ?? {}).filter((k) => !declared.includes(k)), `${file}: ${m[1]}`).toEqual([]);
        }
      }
    }
  });
});
