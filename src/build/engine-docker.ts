import { isAbsolute, join } from 'node:path';
import { ExecError } from '../core/exec.js';
import type { Engine, EngineContext, LegResult, MergeResult } from './engine.js';
import { indexPlatforms, isLoopbackRegistry, registryHost } from './engine.js';
import type { BuildPlan, ImagePlan, Leg } from './plan.js';

/**
 * The classic builder, for hosts without buildx (Jetson boards with the distribution's docker):
 * one `docker build --platform` per leg, `docker push`, then `docker manifest create/push`.
 */
export class DockerEngine implements Engine {
  readonly name = 'docker' as const;
  constructor(private readonly ctx: EngineContext) {}

  private abs(p: string): string {
    return isAbsolute(p) ? p : join(this.ctx.root, p);
  }

  private insecure(repository: string): string[] {
    const host = registryHost(repository);
    const yes = isLoopbackRegistry(host) || Boolean(this.ctx.insecureRegistries?.(host));
    return yes ? ['--insecure'] : [];
  }

  buildArgs(leg: Leg): string[] {
    const a = ['build', '--platform', leg.platform, '-f', this.abs(leg.dockerfile)];
    if (leg.target) a.push('--target', leg.target);
    for (const [k, v] of Object.entries(leg.buildArgs)) a.push('--build-arg', `${k}=${v}`);
    for (const [k, v] of Object.entries(leg.labels)) a.push('--label', `${k}=${v}`);
    for (const t of leg.tags) a.push('-t', t);
    a.push(this.abs(leg.context));
    return a;
  }

  describeLeg(leg: Leg, plan: BuildPlan): string[][] {
    const cmds = [['docker', ...this.buildArgs(leg)]];
    if (plan.push) for (const t of leg.tags) cmds.push(['docker', 'push', t]);
    return cmds;
  }

  async buildLeg(leg: Leg, plan: BuildPlan): Promise<LegResult> {
    const { exec, log } = this.ctx;
    const t0 = Date.now();
    let steps = 0;
    let cached = 0;
    log.step(`docker build ${leg.id} (${leg.platform}${leg.qemu ? ', QEMU' : ''})`);
    await exec('docker', this.buildArgs(leg), {
      onLine: (line) => {
        if (/^Step \d+\/\d+ :/.test(line)) steps++;
        if (/^ ---> Using cache/.test(line)) cached++;
        log.info(`  ${line}`);
      },
    });
    const inspect = await exec('docker', ['image', 'inspect', '-f', '{{.Id}} {{.Size}} {{.Architecture}}', leg.tags[0]]);
    const [imageId, size, arch] = inspect.stdout.trim().split(' ');
    const want = leg.platform.split('/')[1];
    if (arch !== want) throw new Error(`${leg.tags[0]} was built for ${arch}, not ${want}: the base image has the wrong architecture`);
    let digest = imageId;
    if (plan.push) {
      for (const tag of leg.tags) {
        const r = await exec('docker', ['push', tag]);
        const m = /digest: (sha256:[0-9a-f]{64})/.exec(r.stdout);
        if (!m) throw new Error(`docker push ${tag} printed no digest`);
        digest = m[1];
      }
    }
    return {
      leg: leg.id,
      image: leg.image,
      platform: leg.platform,
      variant: leg.variant,
      engine: this.name,
      digest,
      pushed: plan.push,
      tags: plan.push ? leg.tags : [],
      size: Number(size),
      durationMs: Date.now() - t0,
      cache: `${cached}/${steps} steps cached`,
    };
  }

  async merge(image: ImagePlan, results: LegResult[]): Promise<MergeResult> {
    const { exec, log } = this.ctx;
    const mine = results.filter((r) => r.image === image.name && !r.variant);
    const sources = mine.map((r) => `${image.repository}@${r.digest}`);
    const insecure = this.insecure(image.repository);
    let digest = '';
    for (const tag of image.tags) {
      log.step(`docker manifest ${tag} <- ${mine.map((r) => r.platform).join(', ')}`);
      // A stale local list of the same name would be amended, not replaced.
      await exec('docker', ['manifest', 'rm', tag], { allowFailure: true });
      await exec('docker', ['manifest', 'create', ...insecure, tag, ...sources]);
      const pushed = await exec('docker', ['manifest', 'push', ...insecure, '--purge', tag]);
      digest = /sha256:[0-9a-f]{64}/.exec(pushed.stdout)?.[0] ?? digest;
    }
    const platforms = await this.inspectPlatforms(image.tags[0]);
    return { image: image.name, tags: image.tags, digest, platforms, missing: image.platforms.filter((p) => !platforms.includes(p)) };
  }

  /** skopeo when present (it reads the registry, not the local store), else docker manifest inspect. */
  async inspectPlatforms(ref: string): Promise<string[]> {
    const { exec } = this.ctx;
    const tls = this.insecure(ref).length ? ['--tls-verify=false'] : [];
    const sk = await exec('skopeo', ['inspect', '--raw', ...tls, `docker://${ref}`], { allowFailure: true });
    if (sk.code === 0) return indexPlatforms(sk.stdout);
    const dm = await exec('docker', ['manifest', 'inspect', ...this.insecure(ref), ref], { allowFailure: true });
    if (dm.code !== 0) throw new ExecError(dm);
    return indexPlatforms(dm.stdout);
  }
}
