import type { Exec } from '../core/exec.js';
import type { Logger } from '../core/log.js';
import type { BuildPlan, ImagePlan, Leg } from './plan.js';

/** What one leg produced; the merge step and the job summary read these. */
export interface LegResult {
  leg: string;
  image: string;
  platform: string;
  variant?: string;
  engine: EngineName;
  /** Registry manifest digest when pushed, else the local image id. */
  digest: string;
  pushed: boolean;
  /** References pushed by tag (variants, classic per-arch tags). */
  tags: string[];
  /** Image size in bytes (uncompressed, as `docker image inspect` reports). */
  size?: number;
  durationMs: number;
  /** e.g. "4/6 steps cached", "gha scope sync-worker-arm64". */
  cache: string;
}

export interface MergeResult {
  image: string;
  tags: string[];
  digest: string;
  platforms: string[];
  missing: string[];
}

export type EngineName = 'buildx' | 'docker';

export interface EngineContext {
  exec: Exec;
  log: Logger;
  /** The manifest's directory: leg contexts and dockerfiles are relative to it. */
  root: string;
  /** Work files (bake file, metadata) go here. */
  workDir: string;
  insecureRegistries?: (registryHost: string) => boolean;
}

export interface Engine {
  readonly name: EngineName;
  /** The commands the engine would run for a leg, for --dry-run and tests. */
  describeLeg(leg: Leg, plan: BuildPlan): string[][];
  buildLeg(leg: Leg, plan: BuildPlan): Promise<LegResult>;
  merge(image: ImagePlan, results: LegResult[]): Promise<MergeResult>;
}

/** 127.0.0.1:5000, localhost:5000 and [::1]:5000 speak plain HTTP; docker treats them as insecure. */
export function isLoopbackRegistry(host: string): boolean {
  return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(host);
}

export function registryHost(repository: string): string {
  return repository.split('/')[0];
}

/** Platforms in a manifest list / OCI index, as os/arch[/variant], skipping attestation entries. */
export function indexPlatforms(raw: string): string[] {
  const doc = JSON.parse(raw) as { manifests?: Array<{ platform?: { os: string; architecture: string; variant?: string } }> };
  const out: string[] = [];
  for (const m of doc.manifests ?? []) {
    const p = m.platform;
    if (!p || p.os === 'unknown' || p.architecture === 'unknown') continue;
    out.push(`${p.os}/${p.architecture}${p.variant && !(p.architecture === 'arm64' && p.variant === 'v8') ? `/${p.variant}` : ''}`);
  }
  return out;
}

export async function selectEngine(requested: EngineName | 'auto', exec: Exec): Promise<EngineName> {
  if (requested !== 'auto') return requested;
  const r = await exec('docker', ['buildx', 'version'], { allowFailure: true });
  return r.code === 0 ? 'buildx' : 'docker';
}
