import type { LintResult } from '../run.js';

/** `{ findings: [{ rule, severity, file, line, column, message, fixable }], errorCount, warningCount }` */
export function formatJson(result: Pick<LintResult, 'findings' | 'errorCount' | 'warningCount'>): string {
  const findings = result.findings.map(({ rule, severity, file, line, column, message, fixable }) => ({ rule, severity, file, line, column, message, fixable }));
  return JSON.stringify({ findings, errorCount: result.errorCount, warningCount: result.warningCount }, null, 2) + '\n';
}
