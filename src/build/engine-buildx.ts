import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../core/atomic-write.js';
import { bakeFile, type BakeOptions } from './bake.js';
import type { Engine, EngineContext, LegResult, MergeResult } from './engine.js';
import { indexPlatforms } from './engine.js';
import type { BuildPlan, ImagePlan, Leg } from './plan.js';

/**
 * buildx: each leg is a bake target; platform legs push by digest and `imagetools create`
 * joins the digests into one index, then checks every planned platform is in it.
 */
export class BuildxEngine implements Engine {
  readonly name = 'buildx' as const;
  constructor(
    private readonly ctx: EngineContext,
    private readonly bake: Omit<BakeOptions, 'root'>,
  ) {}

  bakePath(leg: Leg): string {
    return join(this.ctx.workDir, `bake-${leg.id}.json`);
  }

  private metaPath(leg: Leg): string {
    return join(this.ctx.workDir, `bake-${leg.id}.metadata.json`);
  }

  describeLeg(leg: Leg): string[][] {
    return [['docker', 'buildx', 'bake', '-f', this.bakePath(leg), '--metadata-file', this.metaPath(leg), '--progress', 'plain', leg.id]];
  }

  writeBake(leg: Leg, plan: BuildPlan): string {
    const file = this.bakePath(leg);
    mkdirSync(this.ctx.workDir, { recursive: true });
    writeFileAtomic(file, JSON.stringify(bakeFile(plan, [leg], { ...this.bake, root: this.ctx.root }), null, 2) + '\n');
    return file;
  }

  async buildLeg(leg: Leg, plan: BuildPlan): Promise<LegResult> {
    const t0 = Date.now();
    this.writeBake(leg, plan);
    let cached = 0;
    let steps = 0;
    this.ctx.log.step(`buildx bake ${leg.id} (${leg.platform}${leg.qemu ? ', QEMU' : ''})`);
    const [cmd, ...args] = this.describeLeg(leg)[0];
    await this.ctx.exec(cmd, args, {
      cwd: this.ctx.root,
      onLine: (line) => {
        if (/^#\d+ \[/.test(line)) steps++;
        if (/^#\d+ CACHED$/.test(line)) cached++;
        this.ctx.log.info(`  ${line}`);
      },
    });
    const meta = JSON.parse(readFileSync(this.metaPath(leg), 'utf8')) as Record<string, Record<string, unknown>>;
    const m = meta[leg.id] ?? {};
    const digest = String(m['containerimage.digest'] ?? '');
    const descriptor = m['containerimage.descriptor'] as { size?: number } | undefined;
    return {
      leg: leg.id,
      image: leg.image,
      platform: leg.platform,
      variant: leg.variant,
      engine: this.name,
      digest,
      pushed: plan.push,
      tags: plan.push && leg.variant ? leg.tags : [],
      size: descriptor?.size,
      durationMs: Date.now() - t0,
      cache: `${cached}/${steps} steps cached (${this.bake.cache} scope ${leg.cacheScope})`,
    };
  }

  mergeCommand(image: ImagePlan, results: LegResult[]): string[] {
    const mine = results.filter((r) => r.image === image.name && !r.variant);
    return [
      'docker',
      'buildx',
      'imagetools',
      'create',
      ...image.tags.flatMap((t) => ['-t', t]),
      ...mine.map((r) => `${image.repository}@${r.digest}`),
    ];
  }

  async merge(image: ImagePlan, results: LegResult[]): Promise<MergeResult> {
    const [cmd, ...args] = this.mergeCommand(image, results);
    await this.ctx.exec(cmd, args);
    const raw = await this.ctx.exec('docker', ['buildx', 'imagetools', 'inspect', '--raw', image.tags[0]]);
    const platforms = indexPlatforms(raw.stdout);
    const digest = (await this.ctx.exec('docker', ['buildx', 'imagetools', 'inspect', image.tags[0], '--format', '{{json .Manifest.Digest}}'])).stdout
      .trim()
      .replace(/"/g, '');
    return { image: image.name, tags: image.tags, digest, platforms, missing: image.platforms.filter((p) => !platforms.includes(p)) };
  }
}
