/**
 * Tags and OCI labels from the git event, in the manner of docker/metadata-action, for a whole
 * fleet: semver from tags (latest only for releases), branch, pr-N, sha-<7>, nightly-YYYYMMDD on
 * schedule, edge on the default branch. Registry paths are lowercased (docker rejects
 * `ghcr.io/PMOVES/...`); tags keep their case but lose characters docker does not allow.
 */
export interface GitContext {
  /** GitHub event name: push, pull_request, pull_request_target, schedule, workflow_dispatch, release, ... */
  event: string;
  /** refs/heads/main, refs/tags/v1.2.3, refs/pull/12/merge */
  ref: string;
  sha: string;
  defaultBranch: string;
  /** owner/name */
  repository: string;
  serverUrl?: string;
  /** When the run started; the nightly tag and the created label use its UTC date. */
  date: Date;
  /** Repository visibility, when known (decides the default attestation policy). */
  private?: boolean;
}

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease?: string;
  build?: string;
}

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

export function parseSemver(s: string): SemVer | undefined {
  const m = SEMVER.exec(s);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4], build: m[5] };
}

/** A valid docker tag: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}. */
export function sanitizeTag(s: string): string {
  let t = s.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
  if (t.length > 128) t = t.slice(0, 128);
  return t || 'unknown';
}

export function refKind(ref: string): { kind: 'branch' | 'tag' | 'pr' | 'other'; name: string; pr?: number } {
  if (ref.startsWith('refs/heads/')) return { kind: 'branch', name: ref.slice('refs/heads/'.length) };
  if (ref.startsWith('refs/tags/')) return { kind: 'tag', name: ref.slice('refs/tags/'.length) };
  const pr = /^refs\/pull\/(\d+)\/(merge|head)$/.exec(ref);
  if (pr) return { kind: 'pr', name: `pr-${pr[1]}`, pr: Number(pr[1]) };
  return { kind: 'other', name: ref };
}

function yyyymmdd(d: Date): string {
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

/** Tag names (without repository) for one image; the first is the version. */
export function computeTags(ctx: GitContext, opts: { suffix?: string } = {}): string[] {
  const tags: string[] = [];
  const r = refKind(ctx.ref);
  const isPr = ctx.event === 'pull_request' || ctx.event === 'pull_request_target' || r.kind === 'pr';
  if (ctx.event === 'schedule') {
    tags.push(`nightly-${yyyymmdd(ctx.date)}`);
  } else if (isPr) {
    const n = r.pr ?? Number(/(\d+)/.exec(ctx.ref)?.[1]);
    if (Number.isFinite(n)) tags.push(`pr-${n}`);
  } else if (r.kind === 'tag') {
    const v = parseSemver(r.name);
    if (v) {
      const full = `${v.major}.${v.minor}.${v.patch}${v.prerelease ? `-${v.prerelease}` : ''}${v.build ? `-${v.build}` : ''}`;
      tags.push(full);
      if (!v.prerelease) {
        tags.push(`${v.major}.${v.minor}`);
        // like metadata-action: no bare `0`, it would float across breaking 0.x releases
        if (v.major > 0) tags.push(`${v.major}`);
        tags.push('latest');
      }
    } else {
      tags.push(r.name);
    }
  } else if (r.kind === 'branch') {
    tags.push(r.name);
    if (r.name === ctx.defaultBranch) tags.push('edge');
  }
  if (/^[0-9a-f]{7,40}$/i.test(ctx.sha)) tags.push(`sha-${ctx.sha.slice(0, 7).toLowerCase()}`);
  const out: string[] = [];
  for (const t of tags) {
    const s = sanitizeTag(opts.suffix ? `${t}${opts.suffix}` : t);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** `ghcr.io/pmoves/sync-worker`: registry, owner and name lowercased. */
export function imageRepository(registry: string, owner: string, name: string): string {
  return [registry, owner, name].filter(Boolean).map((p) => p.toLowerCase().replace(/\/+$/, '')).join('/');
}

/** The repository owner part of `owner/name`. */
export function ownerOf(repository: string): string {
  return repository.split('/')[0] ?? '';
}

export function ociLabels(
  ctx: GitContext,
  image: { name: string; description?: string; labels?: Record<string, string> },
  version: string,
): Record<string, string> {
  const server = (ctx.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  const url = `${server}/${ctx.repository}`;
  const labels: Record<string, string> = {
    'org.opencontainers.image.title': image.name,
    'org.opencontainers.image.url': url,
    'org.opencontainers.image.source': url,
    'org.opencontainers.image.version': version,
    'org.opencontainers.image.created': ctx.date.toISOString(),
    'org.opencontainers.image.revision': ctx.sha,
  };
  if (image.description) labels['org.opencontainers.image.description'] = image.description;
  return { ...labels, ...image.labels };
}
