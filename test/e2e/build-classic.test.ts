import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/app.js';
import type { CliIO } from '../../src/cli/io.js';
import { fromRoot } from '../../src/core/package-root.js';
import { hasDocker, skipUnless } from '../support/require.js';

/**
 * The classic engine against the real docker engine and the local registry on 127.0.0.1:5000,
 * from base images made locally (.ci/base-images.sh: debootstrap + docker import). arm64 builds
 * and runs under QEMU.
 */
const REGISTRY = '127.0.0.1:5000';
const root = fromRoot();

/** Local tags a test pushed (its own owner namespace) are removed afterwards; layers stay cached. */
const owners: string[] = [];
afterAll(() => {
  const refs = execFileSync('docker', ['images', '--format', '{{.Repository}}:{{.Tag}}'], { encoding: 'utf8' })
    .split('\n')
    .filter((r) => owners.some((o) => r.startsWith(`${REGISTRY}/${o}/`)));
  if (refs.length) spawnSync('docker', ['rmi', '-f', ...refs], { stdio: 'ignore' });
});

async function pmoves(args: string[], cwd = root) {
  let out = '';
  let err = '';
  const io: CliIO = { cwd, env: process.env, stdout: (t) => (out += t), stderr: (t) => (err += t), stdoutIsTTY: false, stdinIsTTY: false };
  const code = await runCli(args, io);
  return { code, out, err };
}

const sh = (cmd: string, args: string[], cwd?: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function rawManifest(ref: string): { raw: string; digest: string; doc: any } {
  const raw = sh('skopeo', ['inspect', '--raw', '--tls-verify=false', `docker://${ref}`]);
  return { raw, digest: `sha256:${createHash('sha256').update(raw).digest('hex')}`, doc: JSON.parse(raw) };
}

function registryUp(): boolean {
  return spawnSync('curl', ['-fsS', `http://${REGISTRY}/v2/`], { stdio: 'ignore' }).status === 0;
}

/** The worker bundle once the sync worker exists in git; until then a stand-in with --version. */
function workerContext(): { dir: string; real: boolean } {
  const tracked = spawnSync('git', ['ls-files', '--error-unmatch', 'sync-worker/src/cli.ts'], { cwd: root, stdio: 'ignore' }).status === 0;
  if (tracked) {
    if (!existsSync(join(root, 'dist/pmoves-sync.js'))) throw new Error('dist/pmoves-sync.js is missing: run npm run build first');
    return { dir: join(root, 'dist'), real: true };
  }
  const dir = mkdtempSync(join(tmpdir(), 'stand-in-'));
  writeFileSync(join(dir, 'pmoves-sync.js'), "if (process.argv.includes('--version')) console.log('pmoves-sync 0.0.0-stand-in');\nexport {};\n");
  return { dir, real: false };
}

const docker = hasDocker();
describe.skipIf(skipUnless('docker', docker))('pmoves build run --engine docker (classic builder, local registry)', () => {
  beforeAll(() => {
    if (!registryUp()) throw new Error(`no registry on ${REGISTRY}: bash .ci/setup.sh starts it`);
    const t0 = Date.now();
    // idempotent and cached: a second call only inspects the images
    const out = execFileSync('bash', [join(root, '.ci/base-images.sh')], { encoding: 'utf8', timeout: 900_000 });
    console.log(out.trim(), `\n(base images ready in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }, 900_000);

  it('builds the sync worker for amd64 and arm64, pushes both and the index; the Jetson variant gets its own tag', async () => {
    const owner = `e2e-${randomBytes(3).toString('hex')}`;
    owners.push(owner);
    const work = mkdtempSync(join(tmpdir(), 'build-e2e-'));
    const ctx = workerContext();
    writeFileSync(
      join(work, 'images.yaml'),
      `registry: ${REGISTRY}
owner: ${owner}
images:
  - name: sync-worker
    context: ${ctx.dir}
    dockerfile: ${fromRoot('dockerfiles/sync-worker.Dockerfile')}
    platforms: [linux/amd64, linux/arm64]
    platformBuildArgs:
      linux/amd64: { BASE_IMAGE: "pmoves-local/bookworm:amd64", NODE_IMAGE: "pmoves-local/bookworm:amd64" }
      linux/arm64: { BASE_IMAGE: "pmoves-local/bookworm:arm64", NODE_IMAGE: "pmoves-local/bookworm:arm64" }
    variants:
      jetson:
        l4t: [r36.4.0]
        baseImage: "pmoves-local/l4t-base:{l4t}"
`,
    );
    const sha = 'c0ffee0000000000000000000000000000000001';
    const t0 = Date.now();
    const r = await pmoves(['build', 'run', '--file', join(work, 'images.yaml'), '--engine', 'docker', '--event', 'push', '--ref', 'refs/heads/main', '--sha', sha, '--repository', 'powerfulmoves/pmoves-toolkit', '--max-cache', '1TB', '--json'], work);
    expect(r.code, r.err).toBe(0);
    const res = JSON.parse(r.out);
    console.log(`classic build of ${res.results.length} legs + merge in ${((Date.now() - t0) / 1000).toFixed(1)} s (worker bundle: ${ctx.real ? 'dist/pmoves-sync.js' : 'stand-in'})`);
    expect(res.engine).toBe('docker');
    expect(res.results.map((x: any) => x.leg).sort()).toEqual(['sync-worker-amd64', 'sync-worker-arm64', 'sync-worker-jetson-r36_4_0']);
    expect(res.diskGuard.pruned).toBe(false);

    const repo = `${REGISTRY}/${owner}/sync-worker`;
    // the index: both platforms, each the digest its leg pushed
    const index = rawManifest(`${repo}:main`);
    const platforms = index.doc.manifests.map((m: any) => `${m.platform.os}/${m.platform.architecture}`).sort();
    console.log(`skopeo inspect --raw ${repo}:main -> ${index.doc.mediaType}: ${platforms.join(', ')}`);
    expect(platforms).toEqual(['linux/amd64', 'linux/arm64']);
    const legDigests = res.results.filter((x: any) => !x.variant).map((x: any) => x.digest).sort();
    expect(index.doc.manifests.map((m: any) => m.digest).sort()).toEqual(legDigests);
    expect(res.merged[0]).toMatchObject({ image: 'sync-worker', missing: [] });
    expect(res.merged[0].digest).toBe(index.digest);
    for (const t of ['edge', 'sha-c0ffee0']) expect(rawManifest(`${repo}:${t}`).digest).toBe(index.digest);

    // the Jetson variant: a plain arm64 image under its own tag, not in the generic index
    const jet = res.results.find((x: any) => x.variant);
    const vm = rawManifest(`${repo}:main-r36.4.0`);
    expect(vm.doc.manifests).toBeUndefined();
    expect(vm.digest).toBe(jet.digest);
    expect(index.doc.manifests.map((m: any) => m.digest)).not.toContain(jet.digest);
    const vconfig = JSON.parse(sh('skopeo', ['inspect', '--config', '--tls-verify=false', `docker://${repo}:main-r36.4.0`]));
    expect(vconfig.architecture).toBe('arm64');
    expect(vconfig.config.Labels['ai.pmoves.l4t']).toBe('r36.4.0');
    expect(vconfig.config.Env).toContain('PMOVES_L4T_VERSION=r36.4.0');

    // each image, pulled back from the registry, runs: its architecture and the worker's --version
    for (const [platform, ref, arch] of [
      ['linux/amd64', `${repo}:main`, 'x64'],
      ['linux/arm64', `${repo}:main`, 'arm64'],
      ['linux/arm64', `${repo}:main-r36.4.0`, 'arm64'],
    ] as const) {
      sh('docker', ['rmi', '-f', ref]);
      sh('docker', ['pull', '-q', '--platform', platform, ref]);
      const got = sh('docker', ['run', '--rm', '--platform', platform, '--entrypoint', 'node', ref, '-p', 'process.arch']).trim();
      const version = sh('docker', ['run', '--rm', '--platform', platform, ref, '--version']).trim();
      console.log(`${ref} (${platform}): arch ${got}, --version: ${version}`);
      expect(got).toBe(arch);
      expect(version).toMatch(/\d+\.\d+\.\d+/);
    }
    console.log(r.err.split('\n').filter((l) => l.startsWith('disk guard')).join('\n'));
  }, 900_000);

  it('builds nothing when nothing relevant changed, and only the image whose paths changed', async () => {
    const owner = `e2e-${randomBytes(3).toString('hex')}`;
    owners.push(owner);
    const repoDir = mkdtempSync(join(tmpdir(), 'build-git-'));
    const git = (...a: string[]) => sh('git', ['-c', 'user.email=e2e@pmoves.test', '-c', 'user.name=e2e', ...a], repoDir);
    for (const name of ['alpha', 'beta']) {
      mkdirSync(join(repoDir, name));
      writeFileSync(join(repoDir, name, 'Dockerfile'), 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}\nCOPY app.txt /app.txt\nENTRYPOINT ["cat", "/app.txt"]\n');
      writeFileSync(join(repoDir, name, 'app.txt'), `${name} v1\n`);
    }
    writeFileSync(join(repoDir, 'README.md'), 'hello\n');
    writeFileSync(
      join(repoDir, 'images.yaml'),
      `registry: ${REGISTRY}\nowner: ${owner}\nimages:\n` +
        ['alpha', 'beta']
          .map((n) => `  - name: ${n}\n    context: ${n}\n    dockerfile: ${n}/Dockerfile\n    platforms: [linux/amd64]\n    buildArgs: { BASE_IMAGE: "pmoves-local/bookworm:amd64" }\n`)
          .join(''),
    );
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'one');
    const run = async (extra: string[]) => {
      const r = await pmoves(['build', 'run', '--engine', 'docker', '--event', 'push', '--ref', 'refs/heads/main', '--repository', 'e2e/fleet', '--json', ...extra], repoDir);
      expect(r.code, r.err).toBe(0);
      return JSON.parse(r.out);
    };
    const first = await run([]);
    expect(first.results.map((x: any) => x.image)).toEqual(['alpha', 'beta']);
    const beta1 = rawManifest(`${REGISTRY}/${owner}/beta:main`).digest;

    // a change outside every image's paths
    writeFileSync(join(repoDir, 'README.md'), 'hello again\n');
    git('commit', '-qam', 'docs');
    const second = await run(['--since', 'HEAD~1']);
    expect(second.results).toEqual([]);
    expect(second.plan.skipped.map((s: any) => s.image)).toEqual(['alpha', 'beta']);
    console.log(`run 2 (README.md changed): built ${second.results.length} legs; skipped: ${second.plan.skipped.map((s: any) => `${s.image} (${s.reason})`).join('; ')}`);

    writeFileSync(join(repoDir, 'alpha', 'app.txt'), 'alpha v2\n');
    git('commit', '-qam', 'alpha v2');
    const third = await run(['--since', 'HEAD~1']);
    expect(third.results.map((x: any) => x.leg)).toEqual(['alpha-amd64']);
    expect(third.plan.images[0].reason).toBe('changed: alpha/app.txt');
    console.log(`run 3 (alpha/app.txt changed): built ${third.results.map((x: any) => x.leg).join(', ')}`);
    expect(rawManifest(`${REGISTRY}/${owner}/beta:main`).digest).toBe(beta1);
    const out = sh('docker', ['run', '--rm', '--platform', 'linux/amd64', `${REGISTRY}/${owner}/alpha:main`]).trim();
    expect(out).toBe('alpha v2');
  }, 600_000);

  it('the disk guard prunes dangling images and says what it freed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dangling-'));
    const id = randomBytes(3).toString('hex');
    const tag = `pmoves-e2e/dangling:${id}`;
    // the same tag built twice: the first image is left dangling
    for (const n of [1, 2]) {
      writeFileSync(join(dir, 'Dockerfile'), `FROM pmoves-local/bookworm:amd64\nLABEL ai.pmoves.e2e=${id}\nRUN head -c ${4_000_000 * n} /dev/urandom > /blob\n`);
      sh('docker', ['build', '-q', '--platform', 'linux/amd64', '-t', tag, dir]);
    }
    try {
      const dangling = sh('docker', ['images', '-q', '--filter', 'dangling=true']).split('\n').filter(Boolean).length;
      expect(dangling).toBeGreaterThan(0);
      // scoped to this test's images: the engine is shared with suites that may be mid-build
      const r = await pmoves(['build', 'prune', '--min-free', '1000TB', '--keep-recent', '0', '--prune-label', `ai.pmoves.e2e=${id}`, '--json']);
      expect(r.code, r.err).toBe(0);
      const rep = JSON.parse(r.out);
      console.log(`disk guard: ${rep.reason}; reclaimed ${rep.reclaimedBytes} bytes; dangling ${rep.before.danglingImages} -> ${rep.after.danglingImages}`);
      expect(rep.pruned).toBe(true);
      expect(rep.reason).toMatch(/^free .* < 1000\.0 TB$/);
      expect(rep.before.danglingImages).toBeGreaterThanOrEqual(1);
      expect(rep.after.danglingImages).toBeLessThan(rep.before.danglingImages);
      const mine = sh('docker', ['images', '-q', '--filter', 'dangling=true', '--filter', `label=ai.pmoves.e2e=${id}`]).trim();
      expect(mine).toBe('');
      expect(rep.commands[1]).toEqual(['docker', 'image', 'prune', '-f', '--filter', `label=ai.pmoves.e2e=${id}`]);
      expect(rep.reclaimedBytes).toBeGreaterThanOrEqual(4_000_000);
    } finally {
      spawnSync('docker', ['rmi', tag], { stdio: 'ignore' });
    }
  }, 300_000);
});
