import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { bakeFile } from '../../../src/build/bake.js';
import { globToRegExp, matchesPaths, parseChangedFiles } from '../../../src/build/changes.js';
import { parseImagesManifest } from '../../../src/build/images.js';
import { planBuild, type BuildPlan } from '../../../src/build/plan.js';
import { BuildxEngine } from '../../../src/build/engine-buildx.js';
import { DockerEngine } from '../../../src/build/engine-docker.js';
import { indexPlatforms } from '../../../src/build/engine.js';
import { parseDuration, parseSize, parseSizeOption } from '../../../src/build/disk-guard.js';
import { summaryTable } from '../../../src/build/summary.js';
import type { GitContext } from '../../../src/build/tags.js';
import { UserError } from '../../../src/core/errors.js';
import { exec } from '../../../src/core/exec.js';
import { silentLogger } from '../../../src/core/log.js';
import { fromRoot } from '../../../src/core/package-root.js';

const MANIFEST = `
registry: ghcr.io
runners:
  linux/amd64: ubuntu-24.04
  linux/arm64: ubuntu-24.04-arm
  jetson: [self-hosted, jetson]
images:
  - name: sync-worker
    context: dist
    dockerfile: dockerfiles/sync-worker.Dockerfile
    platforms: [linux/amd64, linux/arm64]
    buildArgs: { NODE_ENV: production, RETRIES: 3 }
    platformBuildArgs:
      linux/arm64: { NODE_IMAGE: "node:20-bookworm-slim@arm64" }
    paths: [sync-worker/**, dockerfiles/sync-worker.Dockerfile]
    variants:
      jetson:
        l4t: [r35.4.1, r36.4.0]
  - name: gpu-orchestrator
    context: services/gpu
    dockerfile: services/gpu/Dockerfile
    platforms: [linux/amd64, linux/arm/v7]
`;
const manifest = () => parseImagesManifest(MANIFEST, '/repo/images.yaml');
const SHA = 'aabbccddeeff00112233445566778899aabbccdd';
const ctx = (over: Partial<GitContext> = {}): GitContext => ({
  event: 'push',
  ref: 'refs/heads/main',
  sha: SHA,
  defaultBranch: 'main',
  repository: 'PMOVES/pmoves-toolkit',
  date: new Date('2026-05-01T03:00:00Z'),
  ...over,
});

describe('plan --json per event', () => {
  it('push to the default branch: every image, edge tags, native runners, variants on their own tags', () => {
    const p = planBuild(manifest(), ctx());
    expect(p.push).toBe(true);
    expect(p.images.map((i) => i.name)).toEqual(['sync-worker', 'gpu-orchestrator']);
    const sw = p.images[0];
    expect(sw.repository).toBe('ghcr.io/pmoves/sync-worker');
    expect(sw.tags).toEqual(['ghcr.io/pmoves/sync-worker:main', 'ghcr.io/pmoves/sync-worker:edge', 'ghcr.io/pmoves/sync-worker:sha-aabbccd']);
    expect(sw.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    // variants are not in the generic index
    expect(sw.legs).toEqual(['sync-worker-amd64', 'sync-worker-arm64']);
    expect(sw.variants.map((v) => v.tags[0])).toEqual(['ghcr.io/pmoves/sync-worker:main-r35.4.1', 'ghcr.io/pmoves/sync-worker:main-r36.4.0']);
    const legs = Object.fromEntries(p.legs.map((l) => [l.id, l]));
    expect(legs['sync-worker-amd64']).toMatchObject({ runsOn: 'ubuntu-24.04', qemu: false, context: 'dist', buildArgs: { NODE_ENV: 'production', RETRIES: '3' } });
    expect(legs['sync-worker-arm64']).toMatchObject({ runsOn: 'ubuntu-24.04-arm', qemu: false, buildArgs: { NODE_IMAGE: 'node:20-bookworm-slim@arm64' } });
    const j = legs['sync-worker-jetson-r36_4_0'];
    expect(j).toMatchObject({ platform: 'linux/arm64', runsOn: ['self-hosted', 'jetson'], l4t: 'r36.4.0' });
    expect(j.buildArgs).toMatchObject({ BASE_IMAGE: 'nvcr.io/nvidia/l4t-jetpack:r36.4.0', CUDA_ARCH: '8.7', JETPACK_VERSION: '6.1', CUDA_VERSION: '12.6', NODE_IMAGE: 'node:20-bookworm-slim@arm64' });
    expect(j.labels['ai.pmoves.jetpack']).toBe('6.1');
    expect(legs['sync-worker-jetson-r35_4_1'].buildArgs).toMatchObject({ BASE_IMAGE: 'nvcr.io/nvidia/l4t-jetpack:r35.4.1', CUDA_ARCH: '7.2;8.7' });
    // arm/v7 has no native runner: amd64 under QEMU
    expect(legs['gpu-orchestrator-arm-v7']).toMatchObject({ runsOn: 'ubuntu-24.04', qemu: true });
    expect(p.matrix.include).toHaveLength(6);
    const m = p.matrix.include.find((e) => e.leg === 'sync-worker-jetson-r36_4_0')!;
    expect(JSON.parse(m['runs-on'])).toEqual(['self-hosted', 'jetson']);
    expect(p.attestations).toBe('none');
  });

  it('tag: semver tags and latest; every image whatever changed', () => {
    const p = planBuild(manifest(), ctx({ ref: 'refs/tags/v2.3.4', private: false }), { changedFiles: [] });
    expect(p.images).toHaveLength(2);
    expect(p.images[0].tags.map((t) => t.split(':')[1])).toEqual(['2.3.4', '2.3', '2', 'latest', 'sha-aabbccd']);
    expect(p.images[0].reason).toBe('tag v2.3.4');
    expect(p.images[0].variants[1].tags.map((t) => t.split(':')[1])).toContain('latest-r36.4.0');
    expect(p.attestations).toBe('provenance');
  });

  it('pull request: pr-N, no push, only images whose paths changed', () => {
    const p = planBuild(manifest(), ctx({ event: 'pull_request', ref: 'refs/pull/42/merge' }), { changedFiles: ['services/gpu/main.py', 'README.md'] });
    expect(p.push).toBe(false);
    expect(p.images.map((i) => i.name)).toEqual(['gpu-orchestrator']);
    expect(p.images[0].tags).toEqual(['ghcr.io/pmoves/gpu-orchestrator:pr-42', 'ghcr.io/pmoves/gpu-orchestrator:sha-aabbccd']);
    expect(p.skipped).toEqual([{ image: 'sync-worker', reason: 'no change under sync-worker/**, dockerfiles/sync-worker.Dockerfile' }]);
  });

  it('schedule: nightly tag, everything rebuilt', () => {
    const p = planBuild(manifest(), ctx({ event: 'schedule' }), { changedFiles: [] });
    expect(p.images).toHaveLength(2);
    expect(p.images[1].tags[0]).toBe('ghcr.io/pmoves/gpu-orchestrator:nightly-20260501');
  });

  it('nothing relevant changed: nothing to build, empty matrix', () => {
    const p = planBuild(manifest(), ctx(), { changedFiles: ['docs/build.md'] });
    expect(p.legs).toEqual([]);
    expect(p.matrix.include).toEqual([]);
    expect(p.skipped.map((s) => s.image)).toEqual(['sync-worker', 'gpu-orchestrator']);
  });

  it('a change under one image rebuilds that image only', () => {
    const p = planBuild(manifest(), ctx(), { changedFiles: ['sync-worker/src/worker.ts'] });
    expect(p.images.map((i) => i.name)).toEqual(['sync-worker']);
    expect(p.images[0].reason).toBe('changed: sync-worker/src/worker.ts');
  });

  it('--qemu, --registry, --owner, --only, --no-push', () => {
    const p = planBuild(manifest(), ctx(), { forceQemu: true, registry: '127.0.0.1:5000', owner: 'Lab', only: ['sync-worker'], push: false });
    expect(p.images.map((i) => i.repository)).toEqual(['127.0.0.1:5000/lab/sync-worker']);
    expect(p.legs.every((l) => l.runsOn === 'ubuntu-24.04')).toBe(true);
    expect(p.legs.filter((l) => l.qemu).map((l) => l.id)).toEqual(['sync-worker-arm64', 'sync-worker-jetson-r35_4_1', 'sync-worker-jetson-r36_4_0']);
    expect(p.push).toBe(false);
  });
});

describe('images.yaml', () => {
  it('the repository example validates and covers the sync worker', () => {
    const text = readFileSync(fromRoot('images.yaml'), 'utf8');
    const m = parseImagesManifest(text, fromRoot('images.yaml'));
    const sw = m.images.find((i) => i.name === 'pmoves-sync-worker')!;
    expect(sw.dockerfile).toBe(fromRoot('dockerfiles/sync-worker.Dockerfile'));
    expect(sw.l4t.map((e) => e.l4t)).toEqual(['r35.4.1', 'r36.4.0']);
  });
  it.each([
    ['images:\n  - name: Bad_Name\n    dockerfile: D\n', 2, /\/images\/0\/name must match pattern/],
    ['images:\n  - name: a\n    dockerfile: D\n    platforms: [linux/sparc]\n', 4, /\/images\/0\/platforms\/0/],
    ['images:\n  - name: a\n    dockerfile: D\n    colour: red\n', 2, /unknown key "colour"/],
    ['images:\n  - name: a\n    dockerfile: D\n  - name: a\n    dockerfile: E\n', 4, /declared twice/],
    ['images:\n  - name: a\n    dockerfile: D\n    variants:\n      jetson:\n        l4t: [r99.1.0]\n', 6, /unknown L4T release "r99.1.0"/],
    ['images:\n  - name: a\n    dockerfile: D\n    platforms: [linux/amd64]\n    platformBuildArgs:\n      linux/arm64: { X: "1" }\n', 6, /not one of this image's platforms/],
    ['images:\n  - name: a\n   dockerfile: D\n', 3, /invalid YAML/],
    ['images: []\n', 1, /must NOT have fewer than 1 items/],
  ])('rejects bad manifests with the line: %#', (text, line, msg) => {
    let err: unknown;
    try {
      parseImagesManifest(text, '/x/images.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).place.line).toBe(line);
    expect((err as UserError).message).toMatch(msg);
  });
});

describe('bake file', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(join(import.meta.dirname, 'bake-file.schema.json'), 'utf8')));

  it.each(['gha', 'registry', 'local', 'none'] as const)('matches the documented bake JSON shape (cache %s)', (cache) => {
    const p = planBuild(manifest(), ctx());
    const file = bakeFile(p, p.legs, { root: '/repo', cache });
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(file.group.default.targets).toEqual(p.legs.map((l) => l.id));
    const amd = file.target['sync-worker-amd64'];
    expect(amd.context).toBe('/repo/dist');
    expect(amd.dockerfile).toBe('../dockerfiles/sync-worker.Dockerfile');
    expect(amd.output).toEqual(['type=image,name=ghcr.io/pmoves/sync-worker,push-by-digest=true,name-canonical=true,push=true']);
    expect(amd.tags).toBeUndefined();
    expect(amd.attest).toEqual(['type=provenance,disabled=true', 'type=sbom,disabled=true']);
    if (cache === 'gha') expect(amd['cache-to']).toEqual(['type=gha,scope=sync-worker-amd64,mode=max']);
    if (cache === 'none') expect(amd['cache-from']).toBeUndefined();
    const jet = file.target['sync-worker-jetson-r36_4_0'];
    expect(jet.tags).toContain('ghcr.io/pmoves/sync-worker:main-r36.4.0');
    expect(jet.output).toEqual(['type=image,push=true']);
    expect(jet.platforms).toEqual(['linux/arm64']);
  });

  it('the schema rejects what buildx rejects', () => {
    expect(validate({ target: { 'bad.name': { context: '.' } } })).toBe(false);
    expect(validate({ target: { ok: { platform: ['linux/amd64'] } } })).toBe(false);
    expect(validate({ target: { ok: { platforms: 'linux/amd64' } } })).toBe(false);
  });

  it('the buildx engine writes it and merges with imagetools create', () => {
    const p = planBuild(manifest(), ctx());
    const dir = join(mkdtempSync(join(tmpdir(), 'bake-')), 'work');
    const eng = new BuildxEngine({ exec, log: silentLogger, root: '/repo', workDir: dir }, { cache: 'gha' });
    const leg = p.legs[0];
    const path = eng.writeBake(leg, p);
    const written = JSON.parse(readFileSync(path, 'utf8'));
    expect(validate(written)).toBe(true);
    expect(Object.keys(written.target)).toEqual([leg.id]);
    expect(eng.describeLeg(leg)[0].slice(0, 4)).toEqual(['docker', 'buildx', 'bake', '-f']);
    const results = p.images[0].legs.map((id, i) => ({ leg: id, image: 'sync-worker', platform: p.legs[i].platform, engine: 'buildx' as const, digest: `sha256:${String(i).repeat(64)}`, pushed: true, tags: [], durationMs: 1, cache: '' }));
    expect(eng.mergeCommand(p.images[0], results)).toEqual([
      'docker', 'buildx', 'imagetools', 'create',
      '-t', 'ghcr.io/pmoves/sync-worker:main', '-t', 'ghcr.io/pmoves/sync-worker:edge', '-t', 'ghcr.io/pmoves/sync-worker:sha-aabbccd',
      `ghcr.io/pmoves/sync-worker@sha256:${'0'.repeat(64)}`, `ghcr.io/pmoves/sync-worker@sha256:${'1'.repeat(64)}`,
    ]);
  });

  it('the classic engine plans docker build --platform and push', () => {
    const p = planBuild(manifest(), ctx(), { registry: '127.0.0.1:5000' });
    const eng = new DockerEngine({ exec, log: silentLogger, root: '/repo', workDir: '/tmp' });
    const cmds = eng.describeLeg(p.legs[1], p);
    expect(cmds[0].slice(0, 4)).toEqual(['docker', 'build', '--platform', 'linux/arm64']);
    expect(cmds[0]).toContain('NODE_IMAGE=node:20-bookworm-slim@arm64');
    expect(cmds[0].at(-1)).toBe('/repo/dist');
    expect(cmds[1]).toEqual(['docker', 'push', '127.0.0.1:5000/pmoves/sync-worker:main-arm64']);
  });
});

describe('helpers', () => {
  it.each([
    ['sync-worker/**', 'sync-worker/src/a.ts', true],
    ['sync-worker/**', 'sync-worker', false],
    ['sync-worker/', 'sync-worker/x/y', true],
    ['*.md', 'README.md', true],
    ['*.md', 'docs/build.md', false],
    ['**/*.md', 'docs/build.md', true],
    ['**/*.md', 'README.md', true],
    ['src/?.ts', 'src/a.ts', true],
    ['src/?.ts', 'src/ab.ts', false],
    ['dist/pmoves-sync.js', 'dist/pmoves-sync.js', true],
    ['dist/pmoves-sync.js', 'dist/pmoves-syncXjs', false],
  ])('glob %s ~ %s = %s', (g, f, want) => {
    expect(globToRegExp(g).test(f)).toBe(want);
  });
  it('negated patterns exclude', () => {
    expect(matchesPaths('sync-worker/README.md', ['sync-worker/**', '!**/*.md'])).toBe(false);
    expect(matchesPaths('sync-worker/src/a.ts', ['sync-worker/**', '!**/*.md'])).toBe(true);
  });
  it('reads changed files as lines or JSON', () => {
    expect(parseChangedFiles('a\n\n b \n')).toEqual(['a', 'b']);
    expect(parseChangedFiles('["x","y"]')).toEqual(['x', 'y']);
  });
  it('reads docker sizes and size options', () => {
    expect(parseSize('428.8MB')).toBe(428_800_000);
    expect(parseSize('0B')).toBe(0);
    expect(parseSize('1.5GB (100%)')).toBe(1_500_000_000);
    expect(parseSize('12kB')).toBe(12_000);
    expect(parseSizeOption('20GB')).toBe(20e9);
    expect(parseSizeOption('1GiB')).toBe(1024 ** 3);
    expect(parseSizeOption('123')).toBe(123);
    expect(parseSizeOption('lots')).toBeUndefined();
    expect(parseDuration('10m')).toBe(600);
    expect(parseDuration('0')).toBe(0);
    expect(parseDuration('2h')).toBe(7200);
    expect(parseDuration('soon')).toBeUndefined();
  });
  it('reads platforms from an index, skipping attestations', () => {
    const raw = JSON.stringify({
      manifests: [
        { platform: { os: 'linux', architecture: 'amd64' } },
        { platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
        { platform: { os: 'linux', architecture: 'arm', variant: 'v7' } },
        { platform: { os: 'unknown', architecture: 'unknown' } },
      ],
    });
    expect(indexPlatforms(raw)).toEqual(['linux/amd64', 'linux/arm64', 'linux/arm/v7']);
  });
  it('summary table has the columns of the issue', () => {
    const t = summaryTable(
      [{ leg: 'a-amd64', image: 'a', platform: 'linux/amd64', engine: 'docker', digest: `sha256:${'f'.repeat(64)}`, pushed: true, tags: [], size: 2_500_000, durationMs: 61_500, cache: '2/5 steps cached' }],
      [{ image: 'a', tags: ['r/a:main', 'r/a:edge'], digest: `sha256:${'e'.repeat(64)}`, platforms: ['linux/amd64'], missing: [] }],
    );
    expect(t.split('\n')[0]).toBe('| image | platform | digest | size | duration | cache |');
    expect(t).toContain('| a | linux/amd64 | `sha256:ffffffffffff` | 2.5 MB | 1 min 2 s | 2/5 steps cached |');
    expect(t).toContain('| a (index) | linux/amd64 |');
  });
});

export type { BuildPlan };
