import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/app.js';
import type { CliIO } from '../../../src/cli/io.js';

const dir = mkdtempSync(join(tmpdir(), 'build-cli-'));
writeFileSync(
  join(dir, 'images.yaml'),
  `owner: PMOVES
images:
  - name: sync-worker
    context: dist
    dockerfile: dockerfiles/sync-worker.Dockerfile
    paths: [sync-worker/**]
    variants:
      jetson:
        l4t: [r36.4.0]
`,
);
writeFileSync(join(dir, 'changed.txt'), 'sync-worker/src/a.ts\n');
writeFileSync(join(dir, 'unrelated.txt'), 'README.md\n');

async function pmoves(...args: string[]) {
  let out = '';
  let err = '';
  const io: CliIO = { cwd: dir, env: {}, stdout: (t) => (out += t), stderr: (t) => (err += t), stdoutIsTTY: false, stdinIsTTY: false };
  const code = await runCli(['build', ...args], io);
  return { code, out, err };
}
const common = ['--sha', '1234567890abcdef1234567890abcdef12345678', '--repository', 'PMOVES/toolkit', '--date', '2026-02-03T04:05:06Z'];

describe('pmoves build plan --json', () => {
  it.each([
    ['push', 'refs/heads/main', undefined, ['main', 'edge', 'sha-1234567'], true],
    ['push', 'v1.4.0', undefined, ['1.4.0', '1.4', '1', 'latest', 'sha-1234567'], true],
    ['pull_request', 'pr-9', 'changed.txt', ['pr-9', 'sha-1234567'], false],
    ['schedule', 'refs/heads/main', 'unrelated.txt', ['nightly-20260203', 'sha-1234567'], true],
  ])('%s %s', async (event, ref, changed, tags, push) => {
    const r = await pmoves('plan', '--event', event, '--ref', ref, ...(changed ? ['--changed-files', changed] : []), ...common, '--json');
    expect(r.code, r.err).toBe(0);
    const plan = JSON.parse(r.out);
    expect(plan.push).toBe(push);
    expect(plan.images[0].tags).toEqual(tags.map((t) => `ghcr.io/pmoves/sync-worker:${t}`));
    expect(plan.images[0].variants[0].tags[0]).toBe(`ghcr.io/pmoves/sync-worker:${tags[0]}-r36.4.0`);
    expect(plan.matrix.include.map((m: { leg: string }) => m.leg)).toEqual(['sync-worker-amd64', 'sync-worker-arm64', 'sync-worker-jetson-r36_4_0']);
  });

  it('a push that changes nothing relevant plans nothing', async () => {
    const r = await pmoves('plan', '--event', 'push', '--ref', 'main', '--changed-files', 'unrelated.txt', ...common, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).matrix.include).toEqual([]);
    const text = await pmoves('plan', '--event', 'push', '--ref', 'main', '--changed-files', 'unrelated.txt', ...common);
    expect(text.out).toMatch(/^nothing to build\nskip sync-worker: no change under sync-worker\/\*\*/);
  });

  it('run --dry-run prints the classic commands without running them', async () => {
    const r = await pmoves('run', '--engine', 'docker', '--dry-run', '--event', 'push', '--ref', 'main', ...common);
    expect(r.code, r.err).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines[0]).toMatch(/^docker build --platform linux\/amd64 -f .*dockerfiles\/sync-worker\.Dockerfile /);
    expect(lines).toContain('docker push ghcr.io/pmoves/sync-worker:main-amd64');
    expect(lines.some((l) => l.includes('BASE_IMAGE=nvcr.io/nvidia/l4t-jetpack:r36.4.0'))).toBe(true);
  });

  it('bake --out writes one target per leg', async () => {
    const r = await pmoves('bake', '--event', 'push', '--ref', 'main', '--cache', 'gha', '--out', 'bake.json', ...common);
    expect(r.code, r.err).toBe(0);
    const bake = JSON.parse(readFileSync(join(dir, 'bake.json'), 'utf8'));
    expect(Object.keys(bake.target)).toEqual(['sync-worker-amd64', 'sync-worker-arm64', 'sync-worker-jetson-r36_4_0']);
  });

  it.each([
    [['plan', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown build subcommand "frobnicate"/],
    [['run', '--engine', 'kaniko', '--dry-run'], /--engine must be one of auto, buildx, docker/],
    [['run', '--max-cache', 'lots', '--dry-run'], /--max-cache "lots" is not a size/],
    [['plan', '--file', 'nope.yaml'], /cannot read .*nope\.yaml/],
    [['plan', '--date', 'yesterday'], /--date "yesterday" is not a date/],
    [['merge'], /merge needs --plan FILE and --results FILE/],
  ])('bad usage %j exits 2 with a hint', async (args, msg) => {
    const r = await pmoves(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg);
    expect(r.err).toMatch(/hint:/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('--help teaches with an example', async () => {
    const r = await pmoves('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Example:\n {2}pmoves build plan/);
  });
});
