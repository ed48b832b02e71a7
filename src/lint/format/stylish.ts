import type { LintResult } from '../run.js';
import type { Finding } from '../types.js';

const C = { red: '\u001b[31m', yellow: '\u001b[33m', blue: '\u001b[34m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' };

/** Human output: findings grouped by file, each with a one-line code frame and a caret. */
export function formatStylish(result: Pick<LintResult, 'findings' | 'errorCount' | 'warningCount' | 'sources'>, opts: { color?: boolean } = {}): string {
  const paint = (code: string, s: string) => (opts.color ? `${code}${s}${C.reset}` : s);
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(paint(C.bold, file));
    const lines = result.sources.get(file)?.split('\n');
    for (const f of list) {
      const sev = f.severity === 'error' ? paint(C.red, 'error  ') : f.severity === 'warning' ? paint(C.yellow, 'warning') : paint(C.blue, 'info   ');
      out.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${sev}  ${f.message}  ${paint(C.dim, f.rule)}${f.fixable ? paint(C.dim, ' (fixable)') : ''}`);
      const src = lines?.[f.line - 1];
      if (src !== undefined) {
        const text = src.replace(/\t/g, ' ').replace(/\r$/, '');
        const shown = text.length > 160 ? text.slice(0, 160) + '…' : text;
        const gutter = `${f.line} | `;
        out.push(paint(C.dim, `      ${gutter}`) + shown);
        out.push(paint(C.dim, `      ${' '.repeat(gutter.length - 2)}| `) + ' '.repeat(Math.max(0, Math.min(f.column - 1, 160))) + paint(C.red, '^'));
      }
    }
    out.push('');
  }
  const total = result.findings.length;
  const infos = total - result.errorCount - result.warningCount;
  if (total === 0) out.push('no problems found');
  else {
    const fixable = result.findings.filter((f) => f.fixable).length;
    out.push(
      paint(result.errorCount ? C.red : C.yellow, `${total} problem${total === 1 ? '' : 's'} (${result.errorCount} error${result.errorCount === 1 ? '' : 's'}, ${result.warningCount} warning${result.warningCount === 1 ? '' : 's'}${infos ? `, ${infos} info` : ''})`) +
        (fixable ? `\n${fixable} fixable with --fix` : ''),
    );
  }
  return out.join('\n') + '\n';
}
