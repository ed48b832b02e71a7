import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/core/package-root.js';
import { hasDocker, skipUnless } from '../support/require.js';
import { runAction } from '../support/run-action.js';

/**
 * The bundled actions run the way the runner runs them: `node dist/actions/<name>.js` with
 * INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, in a workspace of their own.
 */
const REGISTRY = '127.0.0.1:5000';
const buildImages = fromRoot('dist/actions/build-images.js');
const mergeManifests = fromRoot('dist/actions/merge-manifests.js');

/** Local tags a test pushed (its own owner namespace) are removed afterwards; layers stay cached. */
const owners: string[] = [];
afterAll(() => {
  const refs = execFileSync('docker', ['images', '--format', '{{.Repository}}:{{.Tag}}'], { encoding: 'utf8' })
    .split('\n')
    .filter((r) => owners.some((o) => r.startsWith(`${REGISTRY}/${o}/`)));
  if (refs.length) spawnSync('docker', ['rmi', '-f', ...refs], { stdio: 'ignore' });
});

function bundlesPresent(): void {
  for (const b of [buildImages, mergeManifests]) if (!existsSync(b)) throw new Error(`${b} is missing: run npm run build`);
}

function workspace(owner: string): { dir: string; sha: string; eventPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'action-ws-'));
  const git = (...a: string[]) => execFileSync('git', ['-c', 'user.email=e2e@pmoves.test', '-c', 'user.name=e2e', ...a], { cwd: dir, encoding: 'utf8' }).trim();
  mkdirSync(join(dir, 'app'));
  writeFileSync(join(dir, 'app', 'Dockerfile'), 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nCOPY hello.txt /hello.txt\nENTRYPOINT ["cat", "/hello.txt"]\n');
  writeFileSync(join(dir, 'app', 'hello.txt'), 'hello\n');
  writeFileSync(join(dir, 'docs.md'), 'docs\n');
  writeFileSync(
    join(dir, 'images.yaml'),
    `registry: ${REGISTRY}\nowner: ${owner}\nimages:\n  - name: app\n    context: app\n    dockerfile: app/Dockerfile\n    platforms: [linux/amd64, linux/arm64]\n    platformBuildArgs:\n      linux/amd64: { BASE_IMAGE: "pmoves-local/bookworm:amd64" }\n      linux/arm64: { BASE_IMAGE: "pmoves-local/bookworm:arm64" }\n`,
  );
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-qm', 'one');
  const before = git('rev-parse', 'HEAD');
  writeFileSync(join(dir, 'app', 'hello.txt'), 'hello from the action\n');
  git('commit', '-qam', 'two');
  const sha = git('rev-parse', 'HEAD');
  const eventPath = join(dir, '..', `${randomBytes(4).toString('hex')}-event.json`);
  writeFileSync(eventPath, JSON.stringify({ before, after: sha, repository: { default_branch: 'main', private: true } }));
  return { dir, sha, eventPath };
}

const env = (ws: { dir: string; sha: string; eventPath: string }, extra: Record<string, string> = {}) => ({
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: ws.sha,
  GITHUB_REPOSITORY: 'PowerfulMoves/Fleet',
  GITHUB_EVENT_PATH: ws.eventPath,
  GITHUB_WORKSPACE: ws.dir,
  ...extra,
});

describe('build-images action, plan mode (no docker needed)', () => {
  it('plans from the push event payload: changed files from git, matrix, summary', () => {
    bundlesPresent();
    const ws = workspace('plan-only');
    const r = runAction(buildImages, { mode: 'plan' }, { cwd: ws.dir, env: env(ws) });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['has-work']).toBe('true');
    const matrix = JSON.parse(r.outputs.matrix);
    expect(matrix.include.map((m: any) => [m.leg, JSON.parse(m['runs-on'])])).toEqual([
      ['app-amd64', 'ubuntu-24.04'],
      ['app-arm64', 'ubuntu-24.04-arm'],
    ]);
    const plan = JSON.parse(r.outputs.plan);
    expect(plan.images[0].reason).toBe('changed: app/hello.txt');
    expect(plan.images[0].tags).toContain(`${REGISTRY}/plan-only/app:sha-${ws.sha.slice(0, 7)}`);
    expect(plan.attestations).toBe('none'); // private repository, from the payload
    expect(r.summary).toContain('| app | linux/amd64, linux/arm64 |');

    // a pull request that changes nothing under app/: nothing to build
    const pr = runAction(buildImages, { mode: 'plan', event: 'pull_request', ref: 'refs/pull/3/merge', 'changed-files': 'docs.md\n' }, { cwd: ws.dir, env: env(ws) });
    expect(pr.status, pr.stderr).toBe(0);
    expect(pr.outputs['has-work']).toBe('false');
    expect(JSON.parse(pr.outputs.matrix)).toEqual({ include: [] });
  });

  it('fails with the file and line of a bad images.yaml', () => {
    bundlesPresent();
    const ws = workspace('bad');
    writeFileSync(join(ws.dir, 'images.yaml'), 'images:\n  - name: app\n    dockerfile: D\n    platforms: [linux/mips]\n');
    const r = runAction(buildImages, { mode: 'plan' }, { cwd: ws.dir, env: env(ws) });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/::error::.*images\.yaml:4:\d+: error: \/images\/0\/platforms\/0/);
  });
});

describe.skipIf(skipUnless('docker', hasDocker()))('build-images + merge-manifests actions with the classic engine', () => {
  it('builds each leg as a matrix job would, then merges the artifacts into one index', () => {
    bundlesPresent();
    execFileSync('bash', [fromRoot('.ci/base-images.sh')], { stdio: 'ignore', timeout: 900_000 });
    const owner = `act-${randomBytes(3).toString('hex')}`;
    owners.push(owner);
    const ws = workspace(owner);
    const plan = runAction(buildImages, { mode: 'plan' }, { cwd: ws.dir, env: env(ws) });
    expect(plan.status, plan.stdout).toBe(0);
    const results = join(ws.dir, '..', `${owner}-results`);
    for (const m of JSON.parse(plan.outputs.matrix).include) {
      const r = runAction(buildImages, { mode: 'build', plan: plan.outputs.plan, leg: m.leg, engine: 'docker', 'results-dir': results, 'max-cache': '1TB' }, { cwd: ws.dir, env: env(ws) });
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(r.outputs.engine).toBe('docker');
      const digests = JSON.parse(r.outputs.digests);
      expect(Object.keys(digests)).toEqual([m.leg]);
      expect(digests[m.leg]).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(r.summary).toContain('| image | platform | digest | size | duration | cache |');
      expect(r.summary).toContain(`| app | ${m.platform} | \`${digests[m.leg].slice(0, 19)}\``);
      console.log(r.summary.split('\n').find((l) => l.startsWith('| app |')));
    }
    expect(readdirSync(results).sort()).toEqual(['app-amd64.json', 'app-arm64.json']);
    const merged = runAction(mergeManifests, { plan: plan.outputs.plan, results }, { cwd: ws.dir, env: env(ws) });
    expect(merged.status, merged.stdout + merged.stderr).toBe(0);
    const images = JSON.parse(merged.outputs.images);
    expect(images[0]).toMatchObject({ image: 'app', platforms: ['linux/amd64', 'linux/arm64'], missing: [] });
    expect(merged.summary).toContain('| app (index) | linux/amd64, linux/arm64 |');
    const raw = JSON.parse(execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${REGISTRY}/${owner}/app:edge`], { encoding: 'utf8' }));
    expect(raw.manifests.map((m: any) => m.platform.architecture).sort()).toEqual(['amd64', 'arm64']);
    const out = spawnSync('docker', ['run', '--rm', '--platform', 'linux/arm64', `${REGISTRY}/${owner}/app:main`], { encoding: 'utf8' });
    expect(out.stdout.trim()).toBe('hello from the action');

    // a merge that lacks a leg is refused, nothing half-pushed
    const partial = runAction(mergeManifests, { plan: plan.outputs.plan, results: join(results, 'app-amd64.json') }, { cwd: ws.dir, env: env(ws) });
    expect(partial.status).toBe(1);
    expect(partial.stdout).toMatch(/::error::.*no result for leg app-arm64/);
  }, 600_000);
});
