import { parseCommandArgs } from '../app.js';
import type { CliIO } from '../io.js';
import { detectPlatform, type PlatformInfo } from '../../platform/detect.js';
import { fixtureProbe, hostProbe } from '../../platform/probe.js';
import { resolve } from 'node:path';

const HELP = `pmoves detect — what this machine is, and the runner labels that follow

Usage: pmoves detect [--json] [--root DIR] [--labels]

Reads the OS and distribution, the architecture (uname -m: x86_64 -> amd64, aarch64 -> arm64;
32-bit ARM is refused), WSL2, Jetson (/etc/nv_tegra_release -> L4T -> JetPack -> CUDA), NVIDIA
GPUs (nvidia-smi), the docker engine, compose v2 or v1, buildx and the docker socket.

Options:
  --json       print the detection as JSON (for scripts and the detect-platform action)
  --labels     print only the runner labels, comma-separated (what runners/install.sh uses)
  --root DIR   read a fixture tree laid out like / instead of this machine; command outputs
               come from DIR/recorded-commands.yaml
  -h, --help   this help

Example:
  pmoves detect
  pmoves detect --root test/fixtures/platforms/jetson-orin-r36.4 --json
`;

export function formatDetection(info: PlatformInfo): string {
  const lines = [
    `platform      ${info.platform}`,
    `os            ${info.distro.name}${info.kernel ? ` (kernel ${info.kernel})` : ''}`,
    `arch          ${info.arch} (uname -m: ${info.machine})`,
  ];
  if (info.wsl) lines.push(`wsl           WSL${info.wsl.version}`);
  if (info.jetson) {
    const j = info.jetson;
    lines.push(`jetson        ${j.model ?? 'unknown model'}: L4T ${j.l4t}, JetPack ${j.jetpack ?? '?'}, CUDA ${j.cuda ?? '?'}`);
  }
  if (info.raspberryPi) lines.push(`board         ${info.raspberryPi.model}`);
  if (info.virtualization) lines.push(`virtual       ${info.virtualization}`);
  lines.push(`gpu           ${info.gpus.length ? info.gpus.map((g) => `${g.name}${g.driver ? ` (driver ${g.driver})` : ''}`).join('; ') : 'none'}`);
  const d = info.docker;
  lines.push(`docker        ${d.engine ?? 'not found'}`);
  lines.push(`compose       ${d.compose ? `${d.compose.flavor} ${d.compose.version} (${d.compose.command.join(' ')})` : 'not found'}`);
  lines.push(`buildx        ${d.buildx ?? 'not found'}`);
  lines.push(`socket        ${d.socket ?? 'not found'}`);
  lines.push(`labels        ${info.labels.join(',')}`);
  for (const w of info.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n') + '\n';
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs('detect', argv, {
    json: { type: 'boolean' },
    labels: { type: 'boolean' },
    root: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  }, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const probe = values.root ? fixtureProbe(resolve(io.cwd, values.root)) : hostProbe(undefined, io.env);
  const info = await detectPlatform(probe);
  if (values.json) io.stdout(JSON.stringify(info, null, 2) + '\n');
  else if (values.labels) io.stdout(info.labels.join(',') + '\n');
  else io.stdout(formatDetection(info));
  return 0;
}
