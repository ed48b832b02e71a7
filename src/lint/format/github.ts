import type { LintResult } from '../run.js';
import type { Finding, Severity } from '../types.js';

/** GitHub shows at most 10 annotations of each level per step; the rest go to the summary. */
export const MAX_ANNOTATIONS_PER_LEVEL = 10;

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow command escaping (actions/toolkit `escapeData` / `escapeProperty`). */
export const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(result: Pick<LintResult, 'findings' | 'errorCount' | 'warningCount'>): string {
  const out: string[] = [];
  const count: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) {
    if (++count[f.severity] > MAX_ANNOTATIONS_PER_LEVEL) continue;
    const props = `file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(`pmoves-lint ${f.rule}`)}`;
    out.push(`::${COMMAND[f.severity]} ${props}::${escapeData(f.message)}`);
  }
  for (const sev of ['error', 'warning', 'info'] as Severity[]) {
    const extra = count[sev] - MAX_ANNOTATIONS_PER_LEVEL;
    if (extra > 0) out.push(`${extra} more ${sev} finding${extra === 1 ? '' : 's'} not annotated (GitHub shows 10 per level); see the job summary`);
  }
  out.push(`pmoves lint: ${result.errorCount} error(s), ${result.warningCount} warning(s)`);
  return out.join('\n') + '\n';
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Markdown for $GITHUB_STEP_SUMMARY: counts and a table of every finding. */
export function formatSummary(result: Pick<LintResult, 'findings' | 'errorCount' | 'warningCount'>): string {
  const lines = ['## pmoves lint', ''];
  if (result.findings.length === 0) return lines.concat(['No problems found.', '']).join('\n');
  lines.push(`**${result.errorCount}** error(s), **${result.warningCount}** warning(s), ${result.findings.length} finding(s) in total.`, '');
  lines.push('| Severity | Rule | Location | Message |', '| --- | --- | --- | --- |');
  const icon: Record<Severity, string> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' };
  for (const f of result.findings as Finding[]) {
    lines.push(`| ${icon[f.severity]} | \`${f.rule}\` | \`${cell(f.file)}:${f.line}:${f.column}\` | ${cell(f.message)} |`);
  }
  return lines.join('\n') + '\n';
}
