import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPlatform, normalizeArch, parseTegraRelease } from '../../../src/platform/detect.js';
import { fixtureProbe } from '../../../src/platform/probe.js';
import { runCli } from '../../../src/cli/app.js';
import type { CliIO } from '../../../src/cli/io.js';

const fixtures = join(import.meta.dirname, '../../fixtures/platforms');

function io(): CliIO & { out: string; err: string } {
  const o = { out: '', err: '' } as CliIO & { out: string; err: string };
  Object.assign(o, {
    cwd: process.cwd(),
    env: {},
    stdout: (t: string) => (o.out += t),
    stderr: (t: string) => (o.err += t),
    stdoutIsTTY: false,
    stdinIsTTY: false,
  });
  return o;
}

describe('pmoves detect over the five platform fixtures', () => {
  it.each([
    {
      fixture: 'jetson-orin-r36.4',
      expected: {
        platform: 'jetson', arch: 'arm64', machine: 'aarch64',
        distro: { id: 'ubuntu', version: '22.04' },
        jetson: { model: 'NVIDIA Jetson AGX Orin Developer Kit', l4t: 'r36.4.0', jetpack: '6.1', cuda: '12.6' },
        gpus: [{ vendor: 'nvidia', integrated: true }],
        docker: { engine: '27.3.1', compose: { flavor: 'v2', version: '2.29.7', command: ['docker', 'compose'] }, buildx: '0.17.1', socket: '/var/run/docker.sock' },
      },
      labels: ['self-hosted', 'linux', 'arm64', 'jetson', 'l4t-r36.4', 'jetpack-6', 'cuda-12.6', 'gpu', 'nvidia'],
    },
    {
      fixture: 'wsl2',
      expected: {
        platform: 'wsl2', arch: 'amd64', wsl: { version: 2 }, kernel: '5.15.167.4-microsoft-standard-WSL2',
        gpus: [{ name: 'NVIDIA GeForce RTX 3080', driver: '566.14', memoryMiB: 10240, integrated: false }],
        docker: { engine: '27.2.0', compose: { flavor: 'v2', version: '2.29.2-desktop.2' }, buildx: '0.16.2-desktop.1' },
      },
      labels: ['self-hosted', 'linux', 'x64', 'wsl2', 'gpu', 'nvidia'],
    },
    {
      fixture: 'x86-nvidia',
      expected: {
        platform: 'workstation', arch: 'amd64', distro: { id: 'ubuntu', version: '22.04' },
        gpus: [{ name: 'NVIDIA GeForce RTX 4090', driver: '550.120', memoryMiB: 24564 }],
        docker: { compose: { flavor: 'v2' } },
      },
      labels: ['self-hosted', 'linux', 'x64', 'workstation', 'gpu', 'nvidia'],
    },
    {
      fixture: 'rpi5',
      expected: {
        platform: 'rpi', arch: 'arm64', raspberryPi: { model: 'Raspberry Pi 5 Model B Rev 1.0' },
        gpus: [], distro: { id: 'debian', codename: 'bookworm' },
        docker: { engine: '20.10.24+dfsg1', compose: { flavor: 'v1', version: '1.29.2', command: ['docker-compose'] } },
      },
      labels: ['self-hosted', 'linux', 'arm64', 'rpi'],
    },
    {
      fixture: 'vps',
      expected: {
        platform: 'vps', arch: 'amd64', virtualization: 'Hetzner vServer', gpus: [],
        docker: { engine: '27.3.1', socket: '/run/docker.sock' },
      },
      labels: ['self-hosted', 'linux', 'x64', 'vps'],
    },
  ])('$fixture', async ({ fixture, expected, labels }) => {
    const info = await detectPlatform(fixtureProbe(join(fixtures, fixture)));
    expect(info).toMatchObject(expected);
    expect(info.labels).toEqual(labels);
    if (fixture !== 'jetson-orin-r36.4') expect(info.jetson).toBeUndefined();
    if (fixture === 'rpi5') expect(info.docker.buildx).toBeUndefined();
    if (fixture === 'vps') expect(info.warnings).toEqual([]);
  });

  it('prints the same detection through the CLI with --json, and labels with --labels', async () => {
    const a = io();
    expect(await runCli(['detect', '--root', join(fixtures, 'jetson-orin-r36.4'), '--json'], a)).toBe(0);
    const json = JSON.parse(a.out);
    expect(json.jetson.jetpack).toBe('6.1');
    const b = io();
    expect(await runCli(['detect', '--root', join(fixtures, 'rpi5'), '--labels'], b)).toBe(0);
    expect(b.out.trim()).toBe('self-hosted,linux,arm64,rpi');
  });

  it('refuses 32-bit ARM with a reason (exit 2, no stack)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pmoves-detect-'));
    writeFileSync(join(root, 'recorded-commands.yaml'), 'commands:\n  uname -m: { stdout: "armv7l\\n" }\n');
    const a = io();
    expect(await runCli(['detect', '--root', root], a)).toBe(2);
    expect(a.err).toMatch(/32-bit ARM \(armv7l\) is not supported/);
    expect(a.err).toMatch(/hint: .*64-bit/);
    expect(a.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('marks a Jetson release missing from the L4T table and JetPack 4 glibc limits', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pmoves-detect-'));
    mkdirSync(join(root, 'etc'));
    writeFileSync(join(root, 'etc/nv_tegra_release'), '# R32 (release), REVISION: 7.1, GCID: 29818004, BOARD: t186ref, EABI: aarch64\n');
    writeFileSync(join(root, 'recorded-commands.yaml'), 'commands:\n  uname -m: { stdout: "aarch64\\n" }\n');
    const info = await detectPlatform(fixtureProbe(root));
    expect(info.platform).toBe('jetson');
    expect(info.jetson?.l4t).toMatch(/^r32\.7\.1/);
    expect(info.warnings.join('\n')).toMatch(/glibc >= 2.28/);
    expect(info.warnings.join('\n')).toMatch(/no docker engine/);
  });

  it('normalizes architectures and L4T strings', () => {
    expect(normalizeArch('x86_64\n')).toBe('amd64');
    expect(normalizeArch('aarch64')).toBe('arm64');
    expect(() => normalizeArch('riscv64')).toThrow(/unsupported machine architecture/);
    expect(parseTegraRelease('# R35 (release), REVISION: 5.0, GCID: 1')).toBe('r35.5.0');
    expect(parseTegraRelease('# R36 (release), REVISION: 4')).toBe('r36.4.0');
    expect(parseTegraRelease('garbage')).toBeUndefined();
  });
});
