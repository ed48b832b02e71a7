import { fromRoot } from '../core/package-root.js';
import { loadValidatedYaml } from '../core/validated-yaml.js';

/** One Jetson Linux release and what builds for it need (see l4t-table.yaml). */
export interface L4TEntry {
  l4t: string /* r36.4.0 */;
  jetpack: string;
  cuda: string;
  baseImage: string;
  cudaArch: string;
  ubuntu: string;
}

let table: L4TEntry[] | undefined;

export function l4tTable(): L4TEntry[] {
  if (!table) {
    const file = fromRoot('src/platform/l4t-table.yaml');
    table = loadValidatedYaml<{ releases: L4TEntry[] }>(file, fromRoot('src/platform/l4t-table.schema.json')).data.releases;
  }
  return table;
}

/**
 * `r36.4.0`, `36.4`, `R36.4.0`, `L4T 36.4.0`, or the /etc/nv_tegra_release line
 * `# R36 (release), REVISION: 4.0, GCID: ...` -> [36, 4, 0]; undefined when it is none of these.
 */
export function parseL4TVersion(release: string): [number, number, number] | undefined {
  const s = release.trim();
  const tegra = /R(\d+)\s*\(release\),\s*REVISION:\s*(\d+)(?:\.(\d+))?/i.exec(s);
  if (tegra) return [Number(tegra[1]), Number(tegra[2]), Number(tegra[3] ?? 0)];
  const plain = /^(?:l4t[\s-]*)?r?(\d+)\.(\d+)(?:\.(\d+))?$/i.exec(s);
  if (plain) return [Number(plain[1]), Number(plain[2]), Number(plain[3] ?? 0)];
  return undefined;
}

/**
 * The table entry for a release. A point release newer than the table's last one of the same
 * major.minor line (say r36.4.7) gets that line's latest entry: same CUDA, same base image.
 */
export function lookupL4T(release: string): L4TEntry | undefined {
  const v = parseL4TVersion(release);
  if (!v) return undefined;
  let best: { entry: L4TEntry; patch: number } | undefined;
  for (const entry of l4tTable()) {
    const e = parseL4TVersion(entry.l4t)!;
    if (e[0] !== v[0] || e[1] !== v[1]) continue;
    if (e[2] === v[2]) return entry;
    if (e[2] < v[2] && (!best || e[2] > best.patch)) best = { entry, patch: e[2] };
  }
  return best?.entry;
}
