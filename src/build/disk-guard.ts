import { statfsSync } from 'node:fs';
import type { Exec } from '../core/exec.js';
import type { Logger } from '../core/log.js';

/**
 * Self-hosted builders fill their disks with build cache and dangling images. Before a build,
 * prune both when the build cache is over a limit or the docker disk is short of free space,
 * and say what was freed.
 */
export interface DiskGuardOptions {
  /** Prune when the build cache is larger than this (bytes). */
  maxCacheBytes?: number;
  /** Prune when less than this is free on the docker root's filesystem (bytes). */
  minFreeBytes?: number;
  /** Prune whatever the sizes are. */
  force?: boolean;
  dryRun?: boolean;
  /**
   * Keep images and cache younger than this (seconds; default 600): on a shared engine, the
   * newest untagged image may be the last step of a build still running.
   */
  keepRecentSeconds?: number;
  /** Prune only images with this label (KEY or KEY=VALUE), e.g. the ones our builds made. */
  label?: string;
}

export interface DiskUsage {
  buildCacheBytes: number;
  imagesBytes: number;
  danglingImages: number;
  freeBytes: number;
}

export interface DiskGuardReport {
  pruned: boolean;
  reason: string;
  before: DiskUsage;
  after: DiskUsage;
  /** Bytes the prune commands said they reclaimed. */
  reclaimedBytes: number;
  /** Growth of free space on the docker filesystem (other writers can blur it). */
  freedBytes: number;
  commands: string[][];
}

const UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, tib: 1024 ** 4 };

/** "428.8MB", "0B", "1.2GB (100%)" -> bytes, as docker prints them (decimal units). */
export function parseSize(s: string): number {
  const m = /^\s*([\d.]+)\s*([kKmMgGtT]?i?[bB])/.exec(s);
  if (!m) return 0;
  return Math.round(Number(m[1]) * (UNITS[m[2].toLowerCase()] ?? 1));
}

/** "10m", "2h", "30s", "0" -> seconds; undefined for garbage. */
export function parseDuration(s: string): number | undefined {
  const m = /^\s*(\d+)\s*(s|m|h|d)?\s*$/.exec(s);
  if (!m) return undefined;
  return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? 's') as 's' | 'm' | 'h' | 'd'];
}

/** "10GB", "512MiB", "0", "1073741824" -> bytes; undefined for garbage. */
export function parseSizeOption(s: string): number | undefined {
  if (/^\d+$/.test(s.trim())) return Number(s.trim());
  const m = /^\s*([\d.]+)\s*([kKmMgGtT]i?)[bB]?\s*$/.exec(s);
  if (!m) return undefined;
  return Math.round(Number(m[1]) * UNITS[`${m[2].toLowerCase()}b`]);
}

export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  const u = ['kB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = -1;
  while (v >= 1000 && i < u.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v.toFixed(1)} ${u[i]}`;
}

export async function diskUsage(exec: Exec): Promise<DiskUsage> {
  const df = await exec('docker', ['system', 'df', '--format', '{{json .}}']);
  const rows = df.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as { Type: string; Size: string });
  const size = (type: string) => parseSize(rows.find((r) => r.Type === type)?.Size ?? '0B');
  const dangling = await exec('docker', ['images', '-q', '--filter', 'dangling=true']);
  const root = (await exec('docker', ['info', '-f', '{{.DockerRootDir}}'])).stdout.trim() || '/var/lib/docker';
  let freeBytes = 0;
  try {
    const st = statfsSync(root);
    freeBytes = st.bavail * st.bsize;
  } catch {
    // a remote engine: its disk is not ours to measure
  }
  return {
    buildCacheBytes: size('Build Cache'),
    imagesBytes: size('Images'),
    danglingImages: dangling.stdout.split('\n').filter(Boolean).length,
    freeBytes,
  };
}

export async function diskGuard(exec: Exec, log: Logger, opts: DiskGuardOptions): Promise<DiskGuardReport> {
  const before = await diskUsage(exec);
  const reasons: string[] = [];
  if (opts.force) reasons.push('forced');
  if (opts.maxCacheBytes !== undefined && before.buildCacheBytes > opts.maxCacheBytes) {
    reasons.push(`build cache ${formatBytes(before.buildCacheBytes)} > ${formatBytes(opts.maxCacheBytes)}`);
  }
  if (opts.minFreeBytes !== undefined && before.freeBytes < opts.minFreeBytes) {
    reasons.push(`free ${formatBytes(before.freeBytes)} < ${formatBytes(opts.minFreeBytes)}`);
  }
  const commands: string[][] = [];
  if (reasons.length === 0) {
    log.info(`disk guard: nothing to do (build cache ${formatBytes(before.buildCacheBytes)}, ${before.danglingImages} dangling images, ${formatBytes(before.freeBytes)} free)`);
    return { pruned: false, reason: 'within limits', before, after: before, reclaimedBytes: 0, freedBytes: 0, commands };
  }
  const keep = opts.maxCacheBytes !== undefined && !opts.force ? ['--keep-storage', String(Math.floor(opts.maxCacheBytes / 2))] : [];
  const age = opts.keepRecentSeconds ?? 600;
  const until = age > 0 ? ['--filter', `until=${age}s`] : [];
  const label = opts.label ? ['--filter', `label=${opts.label}`] : [];
  commands.push(['docker', 'builder', 'prune', '-f', ...keep, ...until], ['docker', 'image', 'prune', '-f', ...until, ...label]);
  let reclaimedBytes = 0;
  if (!opts.dryRun) {
    for (const [cmd, ...args] of commands) {
      const r = await exec(cmd, args, { allowFailure: true });
      const m = /Total reclaimed space:\s*(\S+)/.exec(r.stdout);
      if (m) reclaimedBytes += parseSize(m[1]);
      if (r.code !== 0) log.warn(`${[cmd, ...args].join(' ')} failed: ${r.stderr.trim().split('\n').pop()}`);
    }
  }
  const after = opts.dryRun ? before : await diskUsage(exec);
  const freedBytes = Math.max(0, after.freeBytes - before.freeBytes);
  log.info(
    `disk guard: ${reasons.join('; ')} -> ${opts.dryRun ? 'would prune' : 'pruned'}: reclaimed ${formatBytes(reclaimedBytes)}, ` +
      `dangling images ${before.danglingImages} -> ${after.danglingImages}, free ${formatBytes(before.freeBytes)} -> ${formatBytes(after.freeBytes)}`,
  );
  return { pruned: !opts.dryRun, reason: reasons.join('; '), before, after, reclaimedBytes, freedBytes, commands };
}
