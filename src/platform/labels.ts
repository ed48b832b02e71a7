import type { PlatformInfo } from './detect.js';

/**
 * Runner labels that follow from a detection. GitHub matches labels case-insensitively and adds
 * `self-hosted`, `Linux`, `X64`/`ARM64` itself; we list them too so `runs-on` arrays written
 * against them also match runners registered with --no-default-labels.
 */
export function runnerLabels(info: Omit<PlatformInfo, 'labels'>): string[] {
  const labels = ['self-hosted', 'linux', info.arch === 'amd64' ? 'x64' : 'arm64', info.platform];
  if (info.jetson) {
    const [major, minor] = info.jetson.l4t.replace(/^r/, '').split('.');
    labels.push(`l4t-r${major}.${minor ?? '0'}`);
    if (info.jetson.jetpack) labels.push(`jetpack-${info.jetson.jetpack.split('.')[0]}`);
    if (info.jetson.cuda) labels.push(`cuda-${info.jetson.cuda.split('.').slice(0, 2).join('.')}`);
  }
  if (info.gpus.length > 0) labels.push('gpu', 'nvidia');
  return [...new Set(labels)];
}
