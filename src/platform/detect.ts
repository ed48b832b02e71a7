import { UserError } from '../core/errors.js';
import { lookupL4T } from './l4t.js';
import type { Probe } from './probe.js';
import { runnerLabels } from './labels.js';

export type Arch = 'amd64' | 'arm64';
/** The site platform vocabulary shared with sites.yaml and the env layers (`env.platform.<p>`). */
export type PlatformKind = 'jetson' | 'wsl2' | 'workstation' | 'rpi' | 'vps';

export interface JetsonInfo {
  model?: string;
  l4t: string;
  /** From the shared L4T table; absent when the release is newer than the table. */
  jetpack?: string;
  cuda?: string;
  ubuntu?: string;
  baseImage?: string;
  cudaArch?: string;
}

export interface GpuInfo {
  vendor: 'nvidia';
  name: string;
  driver?: string;
  memoryMiB?: number;
  integrated: boolean;
}

export interface DockerInfo {
  engine?: string;
  /** `v2` = the `docker compose` plugin, `v1` = the `docker-compose` Python tool. */
  compose?: { flavor: 'v2' | 'v1'; version: string; command: string[] };
  buildx?: string;
  socket?: string;
}

export interface PlatformInfo {
  os: 'linux';
  distro: { id: string; name: string; version?: string; codename?: string };
  kernel?: string;
  machine: string;
  arch: Arch;
  wsl?: { version: 1 | 2 };
  jetson?: JetsonInfo;
  raspberryPi?: { model: string };
  virtualization?: string;
  gpus: GpuInfo[];
  docker: DockerInfo;
  platform: PlatformKind;
  labels: string[];
  warnings: string[];
}

const ARCHES: Record<string, Arch> = { x86_64: 'amd64', amd64: 'amd64', aarch64: 'arm64', arm64: 'arm64' };

/** `uname -m` -> docker arch; 32-bit ARM and others are refused with the reason. */
export function normalizeArch(machine: string): Arch {
  const m = machine.trim();
  const arch = ARCHES[m];
  if (arch) return arch;
  if (/^armv[67]/.test(m)) {
    throw new UserError(`32-bit ARM (${m}) is not supported`, {
      hint: 'GitHub runners and the PMOVES images exist for amd64 and arm64 only: install a 64-bit OS (e.g. Raspberry Pi OS 64-bit, uname -m prints aarch64)',
    });
  }
  throw new UserError(`unsupported machine architecture "${m}"`, { hint: 'PMOVES sites run on x86_64 (amd64) or aarch64 (arm64)' });
}

function parseOsRelease(text: string | undefined): PlatformInfo['distro'] {
  const kv: Record<string, string> = {};
  for (const line of (text ?? '').split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) kv[m[1]] = m[2].replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1');
  }
  return { id: kv.ID ?? 'unknown', name: kv.PRETTY_NAME ?? kv.NAME ?? 'unknown', version: kv.VERSION_ID, codename: kv.VERSION_CODENAME };
}

/** `# R36 (release), REVISION: 4.0, ...` -> `r36.4.0`. */
export function parseTegraRelease(text: string): string | undefined {
  const m = /R(\d+)\s*\(release\),\s*REVISION:\s*([\d.]+)/.exec(text);
  if (!m) return undefined;
  const rev = m[2].split('.');
  while (rev.length < 2) rev.push('0');
  return `r${m[1]}.${rev.join('.')}`;
}

function firstLine(s: string): string {
  return s.trim().split('\n')[0]?.trim() ?? '';
}

/** Strips the NUL terminator device-tree strings carry. */
function dtString(s: string | undefined): string | undefined {
  const v = s?.replace(/\0/g, '').trim();
  return v || undefined;
}

async function detectGpus(probe: Probe, jetson: JetsonInfo | undefined): Promise<GpuInfo[]> {
  if (jetson) {
    // Jetson's GPU is part of the SoC; nvidia-smi there reports little, the board model says more.
    return [{ vendor: 'nvidia', name: jetson.model ?? 'NVIDIA Jetson (integrated)', integrated: true }];
  }
  const r = await probe.run('nvidia-smi', ['--query-gpu=name,driver_version,memory.total', '--format=csv,noheader,nounits']);
  if (r.code !== 0) return [];
  return r.stdout
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [name, driver, mem] = l.split(',').map((s) => s.trim());
      const memoryMiB = Number(mem);
      return { vendor: 'nvidia' as const, name, driver: driver || undefined, memoryMiB: Number.isFinite(memoryMiB) ? memoryMiB : undefined, integrated: false };
    });
}

async function detectDocker(probe: Probe): Promise<DockerInfo> {
  const info: DockerInfo = {};
  const engine = await probe.run('docker', ['version', '--format', '{{.Server.Version}}']);
  if (engine.code === 0 && firstLine(engine.stdout)) info.engine = firstLine(engine.stdout);
  const v2 = await probe.run('docker', ['compose', 'version', '--short']);
  if (v2.code === 0 && firstLine(v2.stdout)) {
    info.compose = { flavor: 'v2', version: firstLine(v2.stdout).replace(/^v/, ''), command: ['docker', 'compose'] };
  } else {
    const v1 = await probe.run('docker-compose', ['version', '--short']);
    if (v1.code === 0 && firstLine(v1.stdout)) {
      const version = firstLine(v1.stdout).replace(/^v/, '');
      // docker-compose 2.x installed standalone is v2 behind the old name.
      info.compose = { flavor: version.startsWith('1.') ? 'v1' : 'v2', version, command: ['docker-compose'] };
    }
  }
  const bx = await probe.run('docker', ['buildx', 'version']);
  if (bx.code === 0) {
    const m = /v?(\d+\.\d+\.\d+[^\s]*)/.exec(bx.stdout);
    if (m) info.buildx = m[1];
  }
  const host = probe.env.DOCKER_HOST;
  if (host?.startsWith('unix://')) info.socket = host.slice('unix://'.length);
  else if (host) info.socket = host;
  else {
    const xdg = probe.env.XDG_RUNTIME_DIR;
    const candidates = ['/var/run/docker.sock', '/run/docker.sock', ...(xdg ? [`${xdg}/docker.sock`] : [])];
    info.socket = candidates.find((c) => probe.exists(c));
  }
  return info;
}

const HYPERVISOR_VENDORS = /\b(QEMU|KVM|Xen|VMware|innotek|VirtualBox|Hetzner|DigitalOcean|Vultr|Linode|Akamai|Amazon EC2|Google|Microsoft Corporation|OpenStack|Scaleway|OVH)\b/i;

function detectVirtualization(probe: Probe): string | undefined {
  const vendor = dtString(probe.readFile('/sys/class/dmi/id/sys_vendor'));
  const product = dtString(probe.readFile('/sys/class/dmi/id/product_name'));
  const dmi = `${vendor ?? ''} ${product ?? ''}`.trim();
  if (dmi && HYPERVISOR_VENDORS.test(dmi)) return dmi;
  const cpuinfo = probe.readFile('/proc/cpuinfo') ?? '';
  if (/^flags\s*:.*\bhypervisor\b/m.test(cpuinfo)) return dmi || 'hypervisor';
  return undefined;
}

/** Detects what this machine (or the fixture behind `probe`) is and the runner labels that follow. */
export async function detectPlatform(probe: Probe): Promise<PlatformInfo> {
  const warnings: string[] = [];
  const uname = await probe.run('uname', ['-m']);
  if (uname.code !== 0 || !firstLine(uname.stdout)) {
    throw new UserError('cannot read the machine architecture (uname -m failed)', { hint: 'run on Linux, or record `uname -m` in the fixture' });
  }
  const machine = firstLine(uname.stdout);
  const arch = normalizeArch(machine);
  const distro = parseOsRelease(probe.readFile('/etc/os-release'));
  const procVersion = probe.readFile('/proc/version') ?? '';
  const kernel = /Linux version (\S+)/.exec(procVersion)?.[1];

  let wsl: PlatformInfo['wsl'];
  if (/microsoft/i.test(procVersion)) {
    // WSL2 kernels say "microsoft-standard-WSL2"; WSL1 reports the Windows build as "Microsoft".
    wsl = { version: /WSL2|microsoft-standard/i.test(procVersion) ? 2 : 1 };
    if (wsl.version === 1) warnings.push('WSL1 has no real Linux kernel and cannot run the docker engine; convert the distribution with `wsl --set-version <distro> 2`');
  }

  let jetson: JetsonInfo | undefined;
  const tegra = probe.readFile('/etc/nv_tegra_release');
  const model = dtString(probe.readFile('/proc/device-tree/model'));
  if (tegra) {
    const l4t = parseTegraRelease(tegra);
    if (!l4t) {
      throw new UserError('cannot parse the L4T release', { file: '/etc/nv_tegra_release', line: 1, hint: 'expected "# R36 (release), REVISION: 4.0, ..."' });
    }
    const entry = lookupL4T(l4t);
    jetson = { model, l4t };
    if (entry) Object.assign(jetson, { l4t: entry.l4t, jetpack: entry.jetpack, cuda: entry.cuda, ubuntu: entry.ubuntu, baseImage: entry.baseImage, cudaArch: entry.cudaArch });
    else warnings.push(`L4T ${l4t} is not in the L4T table (src/platform/l4t-table.yaml): JetPack and CUDA unknown; add a row`);
    if (/^r3[0-4]\./.test(jetson.l4t)) warnings.push(`L4T ${jetson.l4t} (JetPack 4) has glibc 2.27: GitHub's runner needs JetPack 5 or newer (glibc >= 2.28)`);
  }
  const raspberryPi = !jetson && model && /Raspberry Pi/i.test(model) ? { model } : undefined;
  const virtualization = wsl ? undefined : detectVirtualization(probe);
  const gpus = await detectGpus(probe, jetson);
  const docker = await detectDocker(probe);
  if (!docker.engine) warnings.push('no docker engine answered (`docker version`): install docker and add the runner user to the docker group');
  if (!docker.compose) warnings.push('neither `docker compose` (v2) nor `docker-compose` (v1) was found');

  let platform: PlatformKind;
  if (jetson) platform = 'jetson';
  else if (wsl?.version === 2) platform = 'wsl2';
  else if (raspberryPi) platform = 'rpi';
  else if (virtualization && gpus.length === 0) platform = 'vps';
  else platform = 'workstation';

  const info: Omit<PlatformInfo, 'labels'> = { os: 'linux', distro, kernel, machine, arch, wsl, jetson, raspberryPi, virtualization, gpus, docker, platform, warnings };
  return { ...info, labels: runnerLabels(info) };
}
