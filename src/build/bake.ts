import { isAbsolute, join, relative } from 'node:path';
import type { BuildPlan, Leg } from './plan.js';

/**
 * The bake file the buildx engine writes: one target per leg, in buildx's documented JSON shape
 * (https://docs.docker.com/build/bake/reference/). Cache is scoped per image and platform so
 * legs never evict each other; attestations follow the plan's explicit policy.
 */
export type CacheBackend = 'gha' | 'registry' | 'local' | 'none';

export interface BakeTarget {
  context: string;
  dockerfile: string;
  target?: string;
  platforms: string[];
  args: Record<string, string>;
  labels: Record<string, string>;
  tags?: string[];
  output: string[];
  attest: string[];
  'cache-from'?: string[];
  'cache-to'?: string[];
}

export interface BakeFile {
  group: Record<string, { targets: string[] }>;
  target: Record<string, BakeTarget>;
}

export interface BakeOptions {
  root: string;
  cache: CacheBackend;
  /** For the local cache backend. */
  cacheDir?: string;
}

export function attestFor(policy: BuildPlan['attestations']): string[] {
  switch (policy) {
    case 'none':
      // explicit, or buildx adds a provenance manifest that registries list as unknown/unknown
      return ['type=provenance,disabled=true', 'type=sbom,disabled=true'];
    case 'provenance':
      return ['type=provenance,mode=max', 'type=sbom,disabled=true'];
    case 'provenance+sbom':
      return ['type=provenance,mode=max', 'type=sbom'];
  }
}

function cacheFor(leg: Leg, opts: BakeOptions): Pick<BakeTarget, 'cache-from' | 'cache-to'> {
  switch (opts.cache) {
    case 'none':
      return {};
    case 'gha':
      return { 'cache-from': [`type=gha,scope=${leg.cacheScope}`], 'cache-to': [`type=gha,scope=${leg.cacheScope},mode=max`] };
    case 'registry': {
      const ref = `${leg.repository}:buildcache-${leg.cacheScope.slice(leg.image.length + 1)}`;
      return { 'cache-from': [`type=registry,ref=${ref}`], 'cache-to': [`type=registry,ref=${ref},mode=max,image-manifest=true`] };
    }
    case 'local': {
      const dir = join(opts.cacheDir ?? join(opts.root, '.pmoves/buildx-cache'), leg.cacheScope);
      return { 'cache-from': [`type=local,src=${dir}`], 'cache-to': [`type=local,dest=${dir},mode=max`] };
    }
  }
}

export function bakeTarget(leg: Leg, plan: BuildPlan, opts: BakeOptions): BakeTarget {
  const context = isAbsolute(leg.context) ? leg.context : join(opts.root, leg.context);
  const dockerfile = isAbsolute(leg.dockerfile) ? leg.dockerfile : join(opts.root, leg.dockerfile);
  const push = plan.push ? 'true' : 'false';
  // Platform legs push by digest, to be merged into one index; variants are pushed by tag.
  const output = leg.variant
    ? [`type=image,push=${push}`]
    : [`type=image,name=${leg.repository},push-by-digest=true,name-canonical=true,push=${push}`];
  const t: BakeTarget = {
    context,
    // bake resolves dockerfile relative to the context
    dockerfile: relative(context, dockerfile),
    platforms: [leg.platform],
    args: leg.buildArgs,
    labels: leg.labels,
    output,
    attest: attestFor(plan.attestations),
    ...cacheFor(leg, opts),
  };
  if (leg.target) t.target = leg.target;
  if (leg.variant) t.tags = leg.tags;
  return t;
}

export function bakeFile(plan: BuildPlan, legs: Leg[], opts: BakeOptions): BakeFile {
  const target: Record<string, BakeTarget> = {};
  for (const leg of legs) target[leg.id] = bakeTarget(leg, plan, opts);
  return { group: { default: { targets: legs.map((l) => l.id) } }, target };
}
