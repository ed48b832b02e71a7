import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../../src/core/package-root.js';
import { loadInventory } from '../../../src/sites/inventory.js';
import { planDeploy, publicPlan, startLevels } from '../../../src/deploy/plan.js';
import { lintRendered } from '../../../src/deploy/lint-rendered.js';
import { planKeys } from '../../../src/keys/generate.js';
import { runCli } from '../../../src/cli/app.js';
import { UserError } from '../../../src/core/errors.js';

const sitesFile = fromRoot('sites.yaml');

/** Secrets as the runner passes them: generated the way `pmoves keys generate` does. */
async function secrets(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const keys = await planKeys({});
  return {
    ...keys.values,
    CENTRAL_DB_URL: 'postgres://sync:central-pw-0123456789@central.pmoves.example:6543/postgres',
    ...extra,
  };
}

describe('pmoves deploy plan over the example sites.yaml and the reference stack', () => {
  it('plans the Jetson site with the GPU reservation, the nvidia runtime and arm64 images', async () => {
    const inv = loadInventory(sitesFile);
    const plan = planDeploy({ site: inv.get('jetson-edge'), env: await secrets() });
    expect(plan.arch).toBe('arm64');
    expect(plan.labels).toContain('jetson');
    const fn = plan.model.services!.functions;
    expect(fn.runtime).toBe('nvidia');
    expect((fn.deploy as any).resources.reservations.devices).toEqual([{ driver: 'nvidia', count: 'all', capabilities: ['gpu'] }]);
    expect(plan.services.find((s) => s.name === 'functions')?.gpu).toBe(true);
    const withImages = plan.services.filter((s) => s.image);
    expect(withImages.length).toBeGreaterThan(10);
    for (const s of withImages) expect(s.platform, s.name).toBe('linux/arm64');
    // dual-write: the sync worker runs (profile), after the database, which starts first.
    expect(plan.profiles).toContain('dual-write');
    expect(plan.order[0]).toEqual(['db']);
    expect(plan.services.map((s) => s.name)).toContain('sync-worker');
    expect(plan.supabase).toEqual({ local: true, url: undefined, centralUrl: 'https://central.pmoves.example' });
    // Env layers in order, with provenance; the platform layer overrides the base.
    expect(plan.envFiles.map((f) => f.split('/').pop())).toEqual(['env.base', 'env.platform.jetson', 'env.production', 'env.service.sync-worker'].filter((n) => plan.envFiles.some((f) => f.endsWith(n))));
    expect(plan.envFiles[0]).toMatch(/env\.base$/);
    const pool = plan.variables.find((v) => v.key === 'POOLER_DEFAULT_POOL_SIZE')!;
    expect(pool).toMatchObject({ value: '10', source: 'file' });
    expect(pool.file).toMatch(/env\.platform\.jetson$/);
    expect(pool.overridden[0].file).toMatch(/env\.base$/);
    expect(plan.variables.find((v) => v.key === 'POSTGRES_PASSWORD')).toMatchObject({ source: 'environment', secret: true });
  });

  it('pins the images a build produced by digest, for the Jetson (arm64) site', async () => {
    const digest = `sha256:${'c'.repeat(64)}`;
    const plan = planDeploy({ site: loadInventory(sitesFile).get('jetson-edge'), env: await secrets(), images: { 'ghcr.io/powerfulmoves/pmoves-sync-worker:0.1.0': digest } });
    const sync = plan.services.find((s) => s.name === 'sync-worker')!;
    expect(sync).toMatchObject({ image: `ghcr.io/powerfulmoves/pmoves-sync-worker:0.1.0@${digest}`, platform: 'linux/arm64' });
    expect(plan.services.find((s) => s.name === 'db')!.image).not.toContain('@sha256');
  });

  it('prints secrets as *** and keeps them out of the rendered compose model', async () => {
    const env = await secrets();
    const plan = planDeploy({ site: loadInventory(sitesFile).get('jetson-edge'), env });
    const shown = JSON.stringify(publicPlan(plan));
    expect(shown).not.toContain(env.POSTGRES_PASSWORD);
    expect(shown).not.toContain(env.JWT_SECRET);
    expect(shown).toContain('${POSTGRES_PASSWORD}');
  });

  it('plans the integrated site without a local database, pointing at the central URL', async () => {
    const plan = planDeploy({ site: loadInventory(sitesFile).get('lab-workstation'), env: await secrets() });
    const names = plan.services.map((s) => s.name);
    expect(names).not.toContain('db');
    expect(names).not.toContain('kong');
    expect(names).toContain('nats');
    expect(plan.removedServices).toEqual(expect.arrayContaining(['db', 'auth', 'rest', 'kong', 'storage']));
    expect(plan.supabase).toEqual({ local: false, url: 'https://central.pmoves.example', centralUrl: 'https://central.pmoves.example' });
    const get = (k: string) => plan.variables.find((v) => v.key === k);
    expect(get('CENTRAL_SUPABASE_URL')?.value).toBe('https://central.pmoves.example');
    expect(get('SUPABASE_URL')?.value).toBe('https://central.pmoves.example');
    expect(get('SUPABASE_MODE')?.value).toBe('integrated');
    for (const s of Object.values(plan.model.services!)) {
      const deps = s.depends_on ? (Array.isArray(s.depends_on) ? s.depends_on : Object.keys(s.depends_on)) : [];
      expect(deps).not.toContain('db');
    }
  });

  it('adds the VPS monitoring override and the WSL override by platform', async () => {
    const inv = loadInventory(sitesFile);
    const vps = planDeploy({ site: inv.get('central-vps'), env: await secrets() });
    expect(vps.composeFiles.map((f) => f.split('/').pop())).toContain('docker-compose.vps.yml');
    expect(vps.services.map((s) => s.name)).toEqual(expect.arrayContaining(['prometheus', 'node-exporter']));
    const wsl = planDeploy({ site: inv.get('wsl-dev'), env: await secrets() });
    expect(wsl.composeFiles.map((f) => f.split('/').pop())).toContain('docker-compose.wsl.yml');
    expect(wsl.envFiles.some((f) => f.endsWith('env.platform.wsl'))).toBe(true);
    expect(wsl.variables.find((v) => v.key === 'COMPOSE_CONVERT_WINDOWS_PATHS')?.value).toBe('1');
  });

  it('stops at plan time, naming every missing required variable and where to set it', async () => {
    const env = await secrets();
    delete env.POSTGRES_PASSWORD;
    delete env.JWT_SECRET;
    let err: unknown;
    try {
      planDeploy({ site: loadInventory(sitesFile).get('jetson-edge'), env });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(/missing required variables: POSTGRES_PASSWORD, JWT_SECRET$/);
    expect((err as UserError).place.file).toBe(sitesFile);
    expect((err as UserError).hint).toMatch(/GitHub environment "jetson-edge"/);
  });

  it.each(['jetson-edge', 'lab-workstation', 'wsl-dev', 'central-vps'])('pmoves lint of the rendered %s project is clean', async (name) => {
    const plan = planDeploy({ site: loadInventory(sitesFile).get(name), env: await secrets() });
    const lint = await lintRendered(plan);
    expect(lint.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(lint.errorCount).toBe(0);
  });

  it('orders start levels: databases first, then depends_on', () => {
    expect(startLevels({ web: { depends_on: ['api'] }, api: { depends_on: { db: { condition: 'service_healthy' } } }, db: {}, cache: {} }, ['db'])).toEqual([['db'], ['api', 'cache'], ['web']]);
    expect(() => startLevels({ a: { depends_on: ['b'] }, b: { depends_on: ['a'] } }, [])).toThrow(/depends_on cycle: a -> b -> a/);
  });

  it('rejects an inventory that breaks the schema with file:line', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join((await import('node:os')).tmpdir(), 'pmoves-sites-'));
    writeFileSync(join(dir, 'sites.yaml'), 'version: 1\nsites:\n  edge:\n    platform: jetson\n    mode: dual-write\n    compose: { files: [c.yml] }\n');
    const out = { err: '' };
    const code = await runCli(['deploy', 'plan', '--site', 'edge', '--sites', join(dir, 'sites.yaml')], {
      cwd: dir, env: {}, stdout: () => {}, stderr: (t) => (out.err += t), stdoutIsTTY: false, stdinIsTTY: false,
    });
    expect(code).toBe(2);
    expect(out.err).toMatch(/sites\.yaml:3:\d+: error: \/sites\/edge is missing the key "centralUrl"/);
  });
});
