import { formatBytes } from './disk-guard.js';
import type { LegResult, MergeResult } from './engine.js';

const shortDigest = (d: string) => (d.startsWith('sha256:') ? d.slice(0, 19) : d.slice(0, 12));

function seconds(ms: number): string {
  return ms < 60_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** The job summary: one row per leg, then one per merged index. Markdown, for GITHUB_STEP_SUMMARY. */
export function summaryTable(results: LegResult[], merged: MergeResult[] = []): string {
  const lines = ['| image | platform | digest | size | duration | cache |', '|---|---|---|---|---|---|'];
  for (const r of results) {
    const name = r.variant ? `${r.image} (${r.variant})` : r.image;
    lines.push(`| ${name} | ${r.platform} | \`${shortDigest(r.digest)}\` | ${r.size === undefined ? '' : formatBytes(r.size)} | ${seconds(r.durationMs)} | ${r.cache} |`);
  }
  for (const m of merged) {
    lines.push(`| ${m.image} (index) | ${m.platforms.join(', ')} | \`${shortDigest(m.digest)}\` |  |  | ${m.tags.map((t) => t.split(':').pop()).join(', ')} |`);
  }
  return lines.join('\n') + '\n';
}
