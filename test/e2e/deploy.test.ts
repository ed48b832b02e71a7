import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/app.js';
import type { CliIO } from '../../src/cli/io.js';
import { hasDocker, skipUnless } from '../support/require.js';
import { runAction } from '../support/run-action.js';
import { fromRoot } from '../../src/core/package-root.js';

/**
 * The deploy engine against the real docker engine and docker-compose v1: images made locally
 * with `docker import` of a busybox root (no registry pull is possible here), a unique compose
 * project, state in a temp dir. Everything is removed afterwards.
 */
const fixture = join(import.meta.dirname, '../fixtures/deploy/e2e');
const id = randomBytes(4).toString('hex');
const project = `pmoves-e2e-${id}`;
const repo = `pmoves-e2e-${id}`;
const secret = `e2e-secret-${randomBytes(8).toString('hex')}`;

function docker(...args: string[]): string {
  return execFileSync('docker', args, { encoding: 'utf8', timeout: 120_000 }).trim();
}

interface Run { code: number; out: string; err: string }

async function pmoves(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const r = { out: '', err: '' };
  const io: CliIO = {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdout: (t) => (r.out += t),
    stderr: (t) => (r.err += t),
    stdoutIsTTY: false,
    stdinIsTTY: false,
  };
  const code = await runCli(args, io);
  return { code, ...r };
}

describe.skipIf(skipUnless('docker', hasDocker()))('pmoves deploy against a real docker engine', () => {
  let dir: string;
  let state: string;
  let sites: string;
  const imageIds: Record<string, string> = {};
  const apply = (extra: string[] = [], env: Record<string, string | undefined> = { E2E_SECRET: secret }) =>
    pmoves(['deploy', 'apply', '--site', 'e2e', '--sites', sites, '--state-dir', state, ...extra], env);
  const setEnv = (values: Record<string, string>) => {
    const file = join(dir, 'env/env.base');
    let text = readFileSync(file, 'utf8');
    for (const [k, v] of Object.entries(values)) text = text.replace(new RegExp(`^${k}=.*$`, 'm'), `${k}=${v}`);
    writeFileSync(file, text);
  };
  const containers = () => docker('ps', '-a', '-q', '--filter', `label=com.docker.compose.project=${project}`).split('\n').filter(Boolean);
  const serviceContainer = (svc: string) => docker('ps', '-q', '--filter', `label=com.docker.compose.project=${project}`, '--filter', `label=com.docker.compose.service=${svc}`);
  const audit = () => readFileSync(join(state, 'e2e/audit.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pmoves-deploy-e2e-'));
    state = join(dir, 'state');
    cpSync(fixture, dir, { recursive: true });
    sites = join(dir, 'sites.yaml');
    writeFileSync(sites, readFileSync(sites, 'utf8').replace('__PROJECT__', project));
    writeFileSync(join(dir, 'env/env.base'), readFileSync(join(dir, 'env/env.base'), 'utf8') + `E2E_IMAGE_REPO=${repo}\n`);
    // A root with only /bin/busybox (and sh): sh, httpd, wget and nc in a ~1 MB image.
    const root = join(dir, 'rootfs');
    mkdirSync(join(root, 'bin'), { recursive: true });
    copyFileSync('/bin/busybox', join(root, 'bin/busybox'));
    symlinkSync('busybox', join(root, 'bin/sh'));
    const tar = join(dir, 'rootfs.tar');
    execFileSync('tar', ['-C', root, '-cf', tar, '.']);
    imageIds.r1 = docker('import', '-c', `LABEL pmoves.e2e=${id} pmoves.release=1`, tar, `${repo}/db:r1`);
    docker('tag', `${repo}/db:r1`, `${repo}/web:r1`);
    imageIds.r2 = docker('import', '-c', `LABEL pmoves.e2e=${id} pmoves.release=2`, tar, `${repo}/web:r2`);
  });

  afterAll(() => {
    const releases = existsSync(join(state ?? '', 'e2e/releases')) ? readdirSync(join(state, 'e2e/releases')) : [];
    if (releases.length > 0) {
      const rel = join(state, 'e2e/releases', releases[0]);
      spawnSync('docker-compose', ['-p', project, '-f', join(rel, 'compose.yaml'), '--env-file', join(rel, '.env'), 'down', '-v', '--remove-orphans', '-t', '1'], { stdio: 'ignore', timeout: 120_000 });
    }
    for (const c of containers()) spawnSync('docker', ['rm', '-f', c], { stdio: 'ignore' });
    spawnSync('docker', ['rmi', '-f', `${repo}/db:r1`, `${repo}/web:r1`, `${repo}/web:r2`], { stdio: 'ignore' });
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('a site missing a required variable fails at plan time, before any container changes', async () => {
    const r = await apply([], {});
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/missing required variable: E2E_SECRET/);
    expect(r.err).toMatch(/hint: set it in .*env\.production .*GitHub environment "e2e"/);
    expect(containers()).toEqual([]);
    expect(existsSync(join(state, 'e2e/releases'))).toBe(false);
  });

  it('deploys release 1 to healthy, recovering a stale lock of a dead process and saying so', async () => {
    const dead = spawnSync('true').pid!;
    mkdirSync(join(state, 'e2e'), { recursive: true });
    writeFileSync(join(state, 'e2e/deploy.lock'), JSON.stringify({ pid: dead, host: (await import('node:os')).hostname(), user: 'ci', site: 'e2e', command: 'pmoves deploy apply', startedAt: '2026-01-01T00:00:00.000Z' }));
    const r = await apply(['--json']);
    expect(r.err).toContain(`recovered a stale deploy lock of site e2e: pid ${dead}`);
    expect(r.code, r.err).toBe(0);
    const result = JSON.parse(r.out);
    expect(result).toMatchObject({ release: 1, result: 'success', lockRecovered: { pid: dead } });
    expect(r.err).toMatch(/pmoves lint: clean/);
    // no registry is reachable here, but both images are local: carry on, and say so
    expect(r.err).toMatch(/warning: the registry could not be reached .*all 2 image\(s\) are present locally, continuing with them/);
    expect(r.err).toMatch(/starting db \(first\)[\s\S]*db: healthy[\s\S]*starting web[\s\S]*web: healthy[\s\S]*smoke web reaches db: ok/);
    expect(r.out + r.err).not.toContain(secret);
    expect(docker('inspect', '--format', '{{.State.Health.Status}}', serviceContainer('web'))).toBe('healthy');
    expect(docker('inspect', '--format', '{{.State.Health.Status}}', serviceContainer('db'))).toBe('healthy');
    // The secret reaches the container through the 0600 env file, not through the compose file.
    const rel = join(state, 'e2e/releases/1');
    expect(statSync(join(rel, '.env')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(rel, 'compose.yaml'), 'utf8')).not.toContain(secret);
    expect(readFileSync(join(rel, 'plan.json'), 'utf8')).not.toContain(secret);
    expect(docker('exec', serviceContainer('web'), '/bin/busybox', 'sh', '-c', 'echo "$E2E_SECRET"')).toBe(secret);
    expect(existsSync(join(state, 'e2e/deploy.lock'))).toBe(false);
  });

  it('rolls a release 2 with a failing healthcheck back to release 1, healthy again, and audits both', async () => {
    setEnv({ WEB_TAG: 'r2', HEALTH_PATH: 'missing' });
    const r = await apply();
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/web: unhealthy/);
    expect(r.err).toMatch(/release 2 failed: service web is unhealthy/);
    expect(r.err).toMatch(/last healthchecks of web[\s\S]*exit 1/);
    expect(r.err).toMatch(/rolling back site e2e to release 1/);
    expect(r.err).toMatch(/release 1 of site e2e is healthy again/);
    const web = serviceContainer('web');
    expect(docker('inspect', '--format', '{{.State.Health.Status}}', web)).toBe('healthy');
    expect(docker('inspect', '--format', '{{.Image}}', web)).toBe(imageIds.r1);
    const log = audit();
    expect(log.map((e) => [e.action, e.release, e.result, e.rolledBackTo])).toEqual([
      ['deploy', 1, 'success', undefined],
      ['deploy', 2, 'rolled-back', 1],
    ]);
    expect(log[0].images).toContainEqual({ service: 'web', image: `${repo}/web:r1`, digest: imageIds.r1 });
    expect(log[1].images).toContainEqual({ service: 'web', image: `${repo}/web:r2` });
    expect(log[1].failedServices).toEqual(['web']);
    for (const e of log) expect(e).toHaveProperty('user');
    const st = await pmoves(['deploy', 'status', '--site', 'e2e', '--state-dir', state, '--json']);
    expect(st.code).toBe(0);
    const status = JSON.parse(st.out);
    expect(status.current).toBe(1);
    expect(status.services).toEqual([
      { service: 'db', status: 'healthy', containers: 1 },
      { service: 'web', status: 'healthy', containers: 1 },
    ]);
  });

  it('a second deploy while one runs is refused with who holds the lock; with --wait-lock it waits, then deploys', async () => {
    setEnv({ WEB_TAG: 'r1', HEALTH_PATH: 'health.txt', GREETING: 'release three' });
    const first = apply();
    const lock = join(state, 'e2e/deploy.lock');
    for (let i = 0; i < 200 && !existsSync(lock); i++) await new Promise((res) => setTimeout(res, 50));
    expect(existsSync(lock)).toBe(true);
    // Another process, as a second runner job or a person on the box would be.
    const refused = await new Promise<Run>((resolve) => {
      const child = spawn(fromRoot('node_modules/.bin/tsx'), [fromRoot('src/cli/main.ts'), 'deploy', 'apply', '--site', 'e2e', '--sites', sites, '--state-dir', state], {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, E2E_SECRET: secret },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (err += d));
      child.on('close', (code) => resolve({ code: code ?? -1, out, err }));
    });
    expect(refused.code, refused.err).toBe(2);
    expect(refused.err).toMatch(new RegExp(`error: site "e2e" is locked by another deploy: pid ${process.pid} \\(.*"pmoves deploy apply --site e2e"\\) since \\d{4}-`));
    expect(refused.err).toMatch(/hint: wait for it to finish \(or pass --wait-lock SECONDS to wait\)/);
    const waiter = apply(['--wait-lock', '120']);
    const [a, b] = await Promise.all([first, waiter]);
    expect(a.code, a.err).toBe(0);
    expect(b.code, b.err).toBe(0);
    expect(b.err).toMatch(/site e2e is locked by pid \d+ .* waiting up to 120 s/);
    expect(audit().map((e) => [e.release, e.result])).toEqual([[1, 'success'], [2, 'rolled-back'], [3, 'success'], [4, 'success']]);
  });

  it('pmoves deploy rollback runs the previous healthy release again', async () => {
    const r = await pmoves(['deploy', 'rollback', '--site', 'e2e', '--state-dir', state, '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ release: 3, result: 'success' });
    const last = audit().at(-1);
    expect(last).toMatchObject({ action: 'rollback', release: 3, result: 'success' });
    expect(JSON.parse((await pmoves(['deploy', 'status', '--site', 'e2e', '--state-dir', state, '--json'])).out).current).toBe(3);
  });

  it('an image that is neither pullable nor local stops the deploy before anything stops', async () => {
    const before = serviceContainer('web');
    setEnv({ WEB_TAG: 'no-such-tag' });
    const r = await apply();
    setEnv({ WEB_TAG: 'r1' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`error: cannot pull ${repo}/web:no-such-tag and it is not present locally`));
    expect(r.err).toMatch(/hint: .*nothing was stopped/);
    expect(serviceContainer('web')).toBe(before);
    expect(audit().at(-1)).toMatchObject({ release: 5, result: 'failed' });
    expect(JSON.parse((await pmoves(['deploy', 'status', '--site', 'e2e', '--state-dir', state, '--json'])).out).current).toBe(3);
  });

  it('the deploy-site action applies with the secrets as JSON (masked) and reports status, as the runner runs it', () => {
    const bundle = fromRoot('dist/actions/deploy-site.js');
    if (!existsSync(bundle)) {
      const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: fromRoot(), encoding: 'utf8' });
      if (b.status !== 0) throw new Error(`build failed: ${b.stderr}`);
    }
    const env = { GITHUB_WORKSPACE: dir, GITHUB_ACTOR: 'octo-deployer', GITHUB_RUN_ID: '42', GITHUB_REPOSITORY: 'pmoves/site', GITHUB_SHA: 'abc123' };
    const run = runAction(bundle, { command: 'apply', site: 'e2e', 'sites-file': 'sites.yaml', 'state-dir': state, secrets: JSON.stringify({ E2E_SECRET: secret }), 'wait-lock': '0' }, { cwd: dir, env });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.outputs).toMatchObject({ release: '6', result: 'success', 'rolled-back-to': '' });
    expect(run.stdout).toContain(`::add-mask::${secret}`);
    expect(run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n') + run.summary).not.toContain(secret);
    expect(run.summary).toContain('release 6 is healthy');
    expect(audit().at(-1)).toMatchObject({ release: 6, result: 'success', user: 'octo-deployer', run: 'https://github.com/pmoves/site/actions/runs/42', sha: 'abc123' });
    const st = runAction(bundle, { command: 'status', site: 'e2e', 'state-dir': state }, { cwd: dir, env });
    expect(st.status, st.stdout).toBe(0);
    expect(st.outputs.release).toBe('6');
    expect(JSON.parse(st.outputs.status).services.map((s: { status: string }) => s.status)).toEqual(['healthy', 'healthy']);
  });
});
