import { describe, expect, it } from 'vitest';
import { computeTags, imageRepository, ociLabels, parseSemver, sanitizeTag, type GitContext } from '../../../src/build/tags.js';

const SHA = '6f1ab8c93d0e4f5a9b7c2d1e0f3a4b5c6d7e8f90';
const base: GitContext = {
  event: 'push',
  ref: 'refs/heads/main',
  sha: SHA,
  defaultBranch: 'main',
  repository: 'PMOVES/pmoves-toolkit',
  date: new Date('2026-03-07T02:15:00Z'),
};
const S = 'sha-6f1ab8c';

// [event, ref, extra context, suffix, expected tags]
type Row = [string, string, Partial<GitContext>, string | undefined, string[]];
const rows: Row[] = [
  // branches
  ['push', 'refs/heads/main', {}, undefined, ['main', 'edge', S]],
  ['push', 'refs/heads/develop', {}, undefined, ['develop', S]],
  ['push', 'refs/heads/develop', { defaultBranch: 'develop' }, undefined, ['develop', 'edge', S]],
  ['push', 'refs/heads/master', { defaultBranch: 'master' }, undefined, ['master', 'edge', S]],
  ['push', 'refs/heads/feature/jetson-orin', {}, undefined, ['feature-jetson-orin', S]],
  ['push', 'refs/heads/Feature/UPPER', {}, undefined, ['Feature-UPPER', S]],
  ['push', 'refs/heads/fix#12', {}, undefined, ['fix-12', S]],
  ['push', 'refs/heads/a+b@c', {}, undefined, ['a-b-c', S]],
  ['push', 'refs/heads/-leading', {}, undefined, ['leading', S]],
  ['push', 'refs/heads/.dot', {}, undefined, ['dot', S]],
  ['push', 'refs/heads/release/1.x', {}, undefined, ['release-1.x', S]],
  ['push', 'refs/heads/renovate/node-20.x', {}, undefined, ['renovate-node-20.x', S]],
  ['push', 'refs/heads/under_score', {}, undefined, ['under_score', S]],
  ['push', 'refs/heads/' + 'x'.repeat(140), {}, undefined, ['x'.repeat(128), S]],
  ['workflow_dispatch', 'refs/heads/main', {}, undefined, ['main', 'edge', S]],
  ['workflow_dispatch', 'refs/heads/hotfix', {}, undefined, ['hotfix', S]],
  ['push', 'refs/heads/main', { sha: '' }, undefined, ['main', 'edge']],
  ['push', 'refs/heads/main', { sha: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01' }, undefined, ['main', 'edge', 'sha-abcdef0']],
  ['push', 'refs/heads/main', { sha: 'not-a-sha' }, undefined, ['main', 'edge']],
  // semver tags
  ['push', 'refs/tags/v1.2.3', {}, undefined, ['1.2.3', '1.2', '1', 'latest', S]],
  ['push', 'refs/tags/1.2.3', {}, undefined, ['1.2.3', '1.2', '1', 'latest', S]],
  ['push', 'refs/tags/v10.20.30', {}, undefined, ['10.20.30', '10.20', '10', 'latest', S]],
  ['push', 'refs/tags/v2.0.0', {}, undefined, ['2.0.0', '2.0', '2', 'latest', S]],
  ['push', 'refs/tags/v0.4.1', {}, undefined, ['0.4.1', '0.4', 'latest', S]],
  ['push', 'refs/tags/v0.0.1', {}, undefined, ['0.0.1', '0.0', 'latest', S]],
  ['push', 'refs/tags/v1.2.3-rc.1', {}, undefined, ['1.2.3-rc.1', S]],
  ['push', 'refs/tags/v1.2.3-beta', {}, undefined, ['1.2.3-beta', S]],
  ['push', 'refs/tags/v1.0.0-alpha.1.2', {}, undefined, ['1.0.0-alpha.1.2', S]],
  ['push', 'refs/tags/v1.0.0-0.3.7', {}, undefined, ['1.0.0-0.3.7', S]],
  ['push', 'refs/tags/v1.2.3+build.5', {}, undefined, ['1.2.3-build.5', '1.2', '1', 'latest', S]],
  ['push', 'refs/tags/v1.2.3-rc.1+meta', {}, undefined, ['1.2.3-rc.1-meta', S]],
  ['release', 'refs/tags/v3.1.4', {}, undefined, ['3.1.4', '3.1', '3', 'latest', S]],
  ['release', 'refs/tags/v3.1.4-rc.2', {}, undefined, ['3.1.4-rc.2', S]],
  // non-semver tags: the tag itself, never latest
  ['push', 'refs/tags/v1.2', {}, undefined, ['v1.2', S]],
  ['push', 'refs/tags/v01.2.3', {}, undefined, ['v01.2.3', S]],
  ['push', 'refs/tags/nightly-build', {}, undefined, ['nightly-build', S]],
  ['push', 'refs/tags/release/2026', {}, undefined, ['release-2026', S]],
  ['push', 'refs/tags/v1.2.3.4', {}, undefined, ['v1.2.3.4', S]],
  // pull requests
  ['pull_request', 'refs/pull/12/merge', {}, undefined, ['pr-12', S]],
  ['pull_request', 'refs/pull/1/merge', {}, undefined, ['pr-1', S]],
  ['pull_request', 'refs/pull/4567/head', {}, undefined, ['pr-4567', S]],
  ['pull_request_target', 'refs/pull/99/merge', {}, undefined, ['pr-99', S]],
  ['pull_request', 'refs/pull/12/merge', { sha: '' }, undefined, ['pr-12']],
  // schedule
  ['schedule', 'refs/heads/main', {}, undefined, ['nightly-20260307', S]],
  ['schedule', 'refs/heads/main', { date: new Date('2026-12-31T23:59:59Z') }, undefined, ['nightly-20261231', S]],
  ['schedule', 'refs/heads/main', { date: new Date('2027-01-01T00:00:00Z') }, undefined, ['nightly-20270101', S]],
  ['schedule', 'refs/heads/develop', {}, undefined, ['nightly-20260307', S]],
  // Jetson variant suffixes
  ['push', 'refs/heads/main', {}, '-r36.4.0', ['main-r36.4.0', 'edge-r36.4.0', `${S}-r36.4.0`]],
  ['push', 'refs/heads/main', {}, '-r35.4.1', ['main-r35.4.1', 'edge-r35.4.1', `${S}-r35.4.1`]],
  ['push', 'refs/tags/v1.2.3', {}, '-r36.4.0', ['1.2.3-r36.4.0', '1.2-r36.4.0', '1-r36.4.0', 'latest-r36.4.0', `${S}-r36.4.0`]],
  ['push', 'refs/tags/v1.2.3-rc.1', {}, '-r35.4.1', ['1.2.3-rc.1-r35.4.1', `${S}-r35.4.1`]],
  ['pull_request', 'refs/pull/7/merge', {}, '-r36.4.0', ['pr-7-r36.4.0', `${S}-r36.4.0`]],
  ['schedule', 'refs/heads/main', {}, '-r36.4.0', ['nightly-20260307-r36.4.0', `${S}-r36.4.0`]],
  ['push', 'refs/heads/feature/x', {}, '-r36.4.0', ['feature-x-r36.4.0', `${S}-r36.4.0`]],
  ['push', 'refs/tags/v0.9.0', {}, '-r36.4.0', ['0.9.0-r36.4.0', '0.9-r36.4.0', 'latest-r36.4.0', `${S}-r36.4.0`]],
  ['push', 'refs/heads/' + 'y'.repeat(130), {}, '-r36.4.0', ['y'.repeat(128), S + '-r36.4.0']],
  // other events and refs
  ['merge_group', 'refs/heads/gh-readonly-queue/main/pr-1', {}, undefined, ['gh-readonly-queue-main-pr-1', S]],
  ['push', 'refs/remotes/origin/x', {}, undefined, [S]],
  ['repository_dispatch', 'refs/heads/main', {}, undefined, ['main', 'edge', S]],
  ['push', 'refs/heads/edge', {}, undefined, ['edge', S]],
  ['push', 'refs/heads/main', { defaultBranch: 'trunk' }, undefined, ['main', S]],
  ['push', 'refs/tags/latest', {}, undefined, ['latest', S]],
];

describe('computeTags (metadata-action rules)', () => {
  it('has at least 60 cases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });
  it.each(rows)('%s %s %j suffix=%s -> %j', (event, ref, extra, suffix, expected) => {
    const tags = computeTags({ ...base, event, ref, ...extra }, { suffix });
    expect(tags).toEqual(expected);
    for (const t of tags) expect(t).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/);
  });
});

describe('names and labels', () => {
  it.each([
    ['ghcr.io', 'PMOVES', 'sync-worker', 'ghcr.io/pmoves/sync-worker'],
    ['GHCR.io', 'POWERFULMOVES', 'Sync-Worker', 'ghcr.io/powerfulmoves/sync-worker'],
    ['127.0.0.1:5000', 'pmoves', 'x', '127.0.0.1:5000/pmoves/x'],
    ['docker.io', '', 'library', 'docker.io/library'],
  ])('imageRepository(%s, %s, %s)', (r, o, n, want) => {
    expect(imageRepository(r, o, n)).toBe(want);
  });

  it('builds OCI labels from the event', () => {
    const l = ociLabels({ ...base, serverUrl: 'https://github.example.com/' }, { name: 'sync-worker', description: 'the worker', labels: { 'x.y': 'z' } }, '1.2.3');
    expect(l['org.opencontainers.image.source']).toBe('https://github.example.com/PMOVES/pmoves-toolkit');
    expect(l['org.opencontainers.image.revision']).toBe(SHA);
    expect(l['org.opencontainers.image.version']).toBe('1.2.3');
    expect(l['org.opencontainers.image.created']).toBe('2026-03-07T02:15:00.000Z');
    expect(l['org.opencontainers.image.description']).toBe('the worker');
    expect(l['x.y']).toBe('z');
  });

  it('parses semver strictly', () => {
    expect(parseSemver('v1.2.3-rc.1+b')).toEqual({ major: 1, minor: 2, patch: 3, prerelease: 'rc.1', build: 'b' });
    expect(parseSemver('1.2')).toBeUndefined();
    expect(parseSemver('01.2.3')).toBeUndefined();
    expect(sanitizeTag('///')).toBe('unknown');
  });
});
