import * as core from '@actions/core';
import { resolve } from 'node:path';
import { UserError, formatUserError } from '../core/errors.js';
import { detectPlatform } from '../platform/detect.js';
import { fixtureProbe, hostProbe } from '../platform/probe.js';

/**
 * The detect-platform action: what the runner's machine is (arch, WSL2, Jetson L4T/JetPack/CUDA,
 * GPU, docker/compose/buildx) and its runner labels, as outputs for later steps.
 */
async function main(): Promise<void> {
  const root = core.getInput('root');
  const probe = root ? fixtureProbe(resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), root)) : hostProbe();
  const info = await detectPlatform(probe);
  core.setOutput('json', JSON.stringify(info));
  core.setOutput('platform', info.platform);
  core.setOutput('arch', info.arch);
  core.setOutput('labels', info.labels.join(','));
  core.setOutput('labels-json', JSON.stringify(info.labels));
  core.setOutput('gpu', String(info.gpus.length > 0));
  core.setOutput('wsl', String(info.wsl?.version === 2));
  core.setOutput('l4t', info.jetson?.l4t ?? '');
  core.setOutput('jetpack', info.jetson?.jetpack ?? '');
  core.setOutput('cuda', info.jetson?.cuda ?? '');
  core.setOutput('docker', info.docker.engine ?? '');
  core.setOutput('compose', info.docker.compose ? info.docker.compose.flavor : '');
  core.setOutput('compose-command', info.docker.compose ? info.docker.compose.command.join(' ') : '');
  core.setOutput('buildx', info.docker.buildx ?? '');
  for (const w of info.warnings) core.warning(w);
  const j = info.jetson;
  const rows = [
    ['platform', info.platform],
    ['os', info.distro.name],
    ['arch', `${info.arch} (${info.machine})`],
    ...(j ? [['jetson', `${j.model ?? ''} L4T ${j.l4t}, JetPack ${j.jetpack ?? '?'}, CUDA ${j.cuda ?? '?'}`]] : []),
    ['gpu', info.gpus.map((g) => g.name).join('; ') || 'none'],
    ['docker', info.docker.engine ?? 'not found'],
    ['compose', info.docker.compose ? `${info.docker.compose.flavor} ${info.docker.compose.version}` : 'not found'],
    ['labels', info.labels.join(', ')],
  ];
  await core.summary.addHeading('Platform', 3).addTable([[{ data: 'what', header: true }, { data: 'detected', header: true }], ...rows]).write();
  core.info(`${info.platform} ${info.arch}: ${info.labels.join(',')}`);
}

main().catch((err: unknown) => {
  core.setFailed(err instanceof UserError ? formatUserError(err) : (err as Error).message);
});
