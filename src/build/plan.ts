import { relative } from 'node:path';
import type { L4TEntry } from '../platform/l4t.js';
import { relevantChanges } from './changes.js';
import type { Attestations, ImageSpec, ImagesManifest, RunsOn } from './images.js';
import { computeTags, imageRepository, ociLabels, ownerOf, refKind, type GitContext } from './tags.js';

/** One build: an image for one platform, or one Jetson variant (plain linux/arm64). */
export interface Leg {
  id: string;
  image: string;
  platform: string;
  /** Set for Jetson variants, e.g. "jetson-r36.4.0". */
  variant?: string;
  l4t?: string;
  runsOn: RunsOn;
  /** True when the leg runs on a runner of another architecture, emulated by QEMU. */
  qemu: boolean;
  /** Relative to the manifest's directory, so a plan moves between checkouts. */
  context: string;
  dockerfile: string;
  target?: string;
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  repository: string;
  /**
   * Tags this leg pushes itself: a variant's own tags; for a platform leg only the classic
   * engine's per-architecture tag (buildx pushes it by digest).
   */
  tags: string[];
  cacheScope: string;
}

export interface VariantPlan {
  name: string;
  l4t: string;
  jetpack: string;
  cuda: string;
  baseImage: string;
  leg: string;
  tags: string[];
}

export interface ImagePlan {
  name: string;
  repository: string;
  /** Why it is built: which changed files, or the event that builds everything. */
  reason: string;
  version: string;
  /** Full references of the multi-platform index. */
  tags: string[];
  platforms: string[];
  legs: string[];
  variants: VariantPlan[];
}

export interface MatrixEntry {
  leg: string;
  image: string;
  platform: string;
  variant: string;
  /** JSON of a runs-on value: `runs-on: ${{ fromJSON(matrix.runs-on) }}`. */
  'runs-on': string;
  qemu: boolean;
}

export interface BuildPlan {
  version: 1;
  event: string;
  ref: string;
  sha: string;
  push: boolean;
  manifest: string;
  attestations: Exclude<Attestations, 'auto'>;
  images: ImagePlan[];
  skipped: Array<{ image: string; reason: string }>;
  legs: Leg[];
  matrix: { include: MatrixEntry[] };
}

export interface PlanOptions {
  /** Files changed by this event, relative to the manifest's directory; undefined = unknown. */
  changedFiles?: string[];
  /** Override the push decision (default: push, except for pull requests). */
  push?: boolean;
  registry?: string;
  owner?: string;
  /** Build every non-amd64 leg on an amd64 runner under QEMU (no native arm64 runners). */
  forceQemu?: boolean;
  /** Only these images (names). */
  only?: string[];
}

export const DEFAULT_RUNNERS: Record<string, RunsOn> = {
  'linux/amd64': 'ubuntu-24.04',
  'linux/arm64': 'ubuntu-24.04-arm',
};

/** arm64 / amd64 / arm-v7 */
export function platformSlug(platform: string): string {
  return platform.replace(/^linux\//, '').replace(/\//g, '-');
}

/** Bake target names allow [A-Za-z0-9_-] only. */
function legId(image: string, what: string): string {
  return `${image}-${what}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

function runnerFor(manifest: ImagesManifest, key: string, platform: string, forceQemu: boolean): { runsOn: RunsOn; qemu: boolean } {
  const runners = { ...DEFAULT_RUNNERS, ...manifest.runners };
  const amd = runners['linux/amd64'];
  if (platform === 'linux/amd64') return { runsOn: amd, qemu: false };
  if (forceQemu) return { runsOn: amd, qemu: true };
  const native = runners[key] ?? runners[platform];
  return native ? { runsOn: native, qemu: false } : { runsOn: amd, qemu: true };
}

function fill(template: string, e: L4TEntry): string {
  return template.replace(/\{(l4t|jetpack|cuda|baseImage|cudaArch|ubuntu)\}/g, (_m, k: keyof L4TEntry) => e[k]);
}

/** Events that rebuild everything whatever changed: releases and nightlies. */
function buildsAll(ctx: GitContext): string | undefined {
  if (ctx.event === 'schedule') return 'scheduled build';
  if (refKind(ctx.ref).kind === 'tag') return `tag ${refKind(ctx.ref).name}`;
  return undefined;
}

function whyBuild(img: ImageSpec, ctx: GitContext, changed: string[] | undefined): { build: boolean; reason: string } {
  const all = buildsAll(ctx);
  if (all) return { build: true, reason: all };
  if (changed === undefined) return { build: true, reason: 'changed files unknown' };
  const hits = relevantChanges(changed, img.paths);
  if (hits.length === 0) return { build: false, reason: `no change under ${img.paths.join(', ')}` };
  const shown = hits.slice(0, 3).join(', ') + (hits.length > 3 ? ` (+${hits.length - 3} more)` : '');
  return { build: true, reason: `changed: ${shown}` };
}

export function planBuild(manifest: ImagesManifest, ctx: GitContext, opts: PlanOptions = {}): BuildPlan {
  const registry = opts.registry ?? manifest.registry;
  const owner = opts.owner ?? manifest.owner ?? ownerOf(ctx.repository);
  const isPr = ctx.event.startsWith('pull_request') || refKind(ctx.ref).kind === 'pr';
  const push = opts.push ?? !isPr;
  const attestations = manifest.attestations === 'auto' ? (ctx.private === false ? 'provenance' : 'none') : manifest.attestations;
  const rel = (p: string) => relative(manifest.dir, p) || '.';

  const images: ImagePlan[] = [];
  const skipped: BuildPlan['skipped'] = [];
  const legs: Leg[] = [];
  for (const img of manifest.images) {
    if (opts.only && !opts.only.includes(img.name)) {
      skipped.push({ image: img.name, reason: 'not selected' });
      continue;
    }
    const why = whyBuild(img, ctx, opts.changedFiles);
    if (!why.build) {
      skipped.push({ image: img.name, reason: why.reason });
      continue;
    }
    const repository = imageRepository(registry, owner, img.name);
    const tags = computeTags(ctx);
    const version = tags[0];
    const labels = ociLabels(ctx, img, version);
    const base = { image: img.name, context: rel(img.context), dockerfile: rel(img.dockerfile), target: img.target, repository };
    const plan: ImagePlan = {
      name: img.name,
      repository,
      reason: why.reason,
      version,
      tags: tags.map((t) => `${repository}:${t}`),
      platforms: img.platforms,
      legs: [],
      variants: [],
    };
    for (const platform of img.platforms) {
      const id = legId(img.name, platformSlug(platform));
      legs.push({
        ...base,
        id,
        platform,
        ...runnerFor(manifest, platform, platform, Boolean(opts.forceQemu)),
        buildArgs: { ...img.buildArgs, ...img.platformBuildArgs[platform] },
        labels,
        tags: [`${repository}:${version}-${platformSlug(platform)}`],
        cacheScope: `${img.name}-${platformSlug(platform)}`,
      });
      plan.legs.push(id);
    }
    for (const e of img.l4t) {
      const jetson = img.variants.jetson!;
      const suffix = `-${e.l4t}`;
      const vtags = computeTags(ctx, { suffix });
      const baseImage = jetson.baseImage ? fill(jetson.baseImage, e) : e.baseImage;
      const id = legId(img.name, `jetson-${e.l4t}`);
      const platform = 'linux/arm64';
      legs.push({
        ...base,
        id,
        platform,
        variant: `jetson-${e.l4t}`,
        l4t: e.l4t,
        ...runnerFor(manifest, 'jetson', platform, Boolean(opts.forceQemu)),
        buildArgs: {
          ...img.buildArgs,
          ...img.platformBuildArgs[platform],
          BASE_IMAGE: baseImage,
          CUDA_ARCH: e.cudaArch,
          L4T_VERSION: e.l4t,
          JETPACK_VERSION: e.jetpack,
          CUDA_VERSION: e.cuda,
          ...jetson.buildArgs,
        },
        labels: {
          ...ociLabels(ctx, img, vtags[0]),
          'ai.pmoves.l4t': e.l4t,
          'ai.pmoves.jetpack': e.jetpack,
          'ai.pmoves.cuda': e.cuda,
        },
        tags: vtags.map((t) => `${repository}:${t}`),
        cacheScope: `${img.name}-jetson-${e.l4t}`,
      });
      plan.variants.push({ name: `jetson-${e.l4t}`, l4t: e.l4t, jetpack: e.jetpack, cuda: e.cuda, baseImage, leg: id, tags: vtags.map((t) => `${repository}:${t}`) });
    }
    images.push(plan);
  }
  return {
    version: 1,
    event: ctx.event,
    ref: ctx.ref,
    sha: ctx.sha,
    push,
    manifest: manifest.file,
    attestations,
    images,
    skipped,
    legs,
    matrix: {
      include: legs.map((l) => ({
        leg: l.id,
        image: l.image,
        platform: l.platform,
        variant: l.variant ?? '',
        'runs-on': JSON.stringify(l.runsOn),
        qemu: l.qemu,
      })),
    },
  };
}
