import { mkdirSync } from 'node:fs';
import type { Exec } from '../core/exec.js';
import type { Logger } from '../core/log.js';
import { UserError } from '../core/errors.js';
import type { CacheBackend } from './bake.js';
import { diskGuard, type DiskGuardOptions, type DiskGuardReport } from './disk-guard.js';
import { selectEngine, type Engine, type EngineContext, type EngineName, type LegResult, type MergeResult } from './engine.js';
import { BuildxEngine } from './engine-buildx.js';
import { DockerEngine } from './engine-docker.js';
import type { BuildPlan } from './plan.js';

export interface RunBuildOptions {
  engine: EngineName | 'auto';
  exec: Exec;
  log: Logger;
  /** The manifest's directory. */
  root: string;
  workDir: string;
  cache?: CacheBackend;
  /** Build only these legs (a distributed matrix job builds one). */
  legs?: string[];
  /** Merge the platform legs into indexes after building (needs every platform leg here). */
  merge?: boolean;
  dryRun?: boolean;
  diskGuard?: DiskGuardOptions;
}

export interface RunBuildResult {
  engine: EngineName;
  results: LegResult[];
  merged: MergeResult[];
  diskGuard?: DiskGuardReport;
  /** With dryRun: what would run. */
  commands: string[][];
}

export function makeEngine(name: EngineName, ctx: EngineContext, cache: CacheBackend = 'none'): Engine {
  return name === 'buildx' ? new BuildxEngine(ctx, { cache }) : new DockerEngine(ctx);
}

function selectLegs(plan: BuildPlan, ids?: string[]) {
  if (!ids || ids.length === 0) return plan.legs;
  const unknown = ids.filter((id) => !plan.legs.some((l) => l.id === id));
  if (unknown.length) {
    throw new UserError(`no leg ${unknown.map((u) => `"${u}"`).join(', ')} in the plan`, {
      hint: `legs: ${plan.legs.map((l) => l.id).join(', ') || '(none: nothing to build)'}`,
    });
  }
  return plan.legs.filter((l) => ids.includes(l.id));
}

export async function runBuild(plan: BuildPlan, opts: RunBuildOptions): Promise<RunBuildResult> {
  const legs = selectLegs(plan, opts.legs);
  const engineName = await selectEngine(opts.engine, opts.exec);
  mkdirSync(opts.workDir, { recursive: true });
  const engine = makeEngine(engineName, { exec: opts.exec, log: opts.log, root: opts.root, workDir: opts.workDir }, opts.cache);
  const out: RunBuildResult = { engine: engineName, results: [], merged: [], commands: [] };
  if (opts.dryRun) {
    out.commands = legs.flatMap((l) => engine.describeLeg(l, plan));
    return out;
  }
  if (legs.length === 0) {
    opts.log.info('nothing to build');
    return out;
  }
  if (opts.diskGuard) out.diskGuard = await diskGuard(opts.exec, opts.log, opts.diskGuard);
  for (const leg of legs) out.results.push(await engine.buildLeg(leg, plan));
  if (opts.merge && plan.push) out.merged = await mergeImages(plan, out.results, engine);
  return out;
}

/** One index per image from its platform legs' digests; fails when a planned platform is missing. */
export async function mergeImages(plan: BuildPlan, results: LegResult[], engine: Engine): Promise<MergeResult[]> {
  const merged: MergeResult[] = [];
  for (const image of plan.images) {
    // planned order, whatever order the artifacts arrived in: the index lists platforms as planned
    const have = results
      .filter((r) => r.image === image.name && !r.variant)
      .sort((a, b) => image.legs.indexOf(a.leg) - image.legs.indexOf(b.leg));
    if (have.length === 0) continue;
    const missingLegs = image.legs.filter((id) => !have.some((r) => r.leg === id));
    if (missingLegs.length) {
      throw new UserError(`cannot merge ${image.name}: no result for leg ${missingLegs.join(', ')}`, {
        hint: 'every platform leg of an image must build (and push) before its index is created',
      });
    }
    const m = await engine.merge(image, have);
    if (m.missing.length) {
      throw new Error(`${image.tags[0]}: the pushed index lacks ${m.missing.join(', ')} (has ${m.platforms.join(', ') || 'nothing'})`);
    }
    const rank = (p: string) => (image.platforms.includes(p) ? image.platforms.indexOf(p) : image.platforms.length);
    merged.push({ ...m, platforms: [...m.platforms].sort((a, b) => rank(a) - rank(b)) });
  }
  return merged;
}
