import { redact } from '../core/redact.js';
import { applyFixes, planFixes, unifiedDiff, type FilePatch } from './fix.js';
// Static on purpose: the formatters are a few lines each with no dependencies of their own, and
// each dynamic import is one more module the ESM loader resolves, reads and links at start-up.
import { formatGithub, formatSummary } from './format/github.js';
import type { Format } from './format/index.js';
import { formatJson } from './format/json.js';
import { formatSarif } from './format/sarif.js';
import { formatStylish } from './format/stylish.js';
import { exceedsFailOn, runLint, type LintOptions, type LintResult } from './run.js';
import type { Severity } from './types.js';

export interface LintSessionOptions extends LintOptions {
  format: Format;
  /** Findings at or above this level fail (exit 1); 'never' always exits 0 on valid input. */
  failOn?: Severity | 'never';
  fix?: boolean;
  dryRun?: boolean;
  color?: boolean;
  version: string;
}

export interface LintSession {
  /** The final result (after fixes, when --fix applied them). */
  result: LintResult;
  /** The planned fixes (applied unless dryRun). */
  patches: FilePatch[];
  /** The report in the requested format (or the diff for --fix --dry-run); redacted. */
  output: string;
  /** Markdown for a job summary. */
  summary: string;
  exitCode: 0 | 1;
}

/**
 * The one core call behind `pmoves lint` and the lint-config action: lint, plan fixes, apply
 * them (or diff them), lint again, format, decide the exit code.
 */
export async function lintSession(opts: LintSessionOptions): Promise<LintSession> {
  const cwd = opts.cwd ?? process.cwd();
  let result = await runLint(opts);
  let patches: FilePatch[] = [];
  if (opts.fix) {
    patches = planFixes(result.edits, cwd);
    if (opts.dryRun) {
      // Secret values are masked by position in both versions; redact() below catches the rest.
      const shown = patches.map((p) => ({ ...p, before: result.mask(p.file, p.before), after: result.mask(p.file, p.after) }));
      const diff = shown.length ? await unifiedDiff(shown) : '';
      return { result, patches, output: redact(diff), summary: formatSummary(result), exitCode: patches.length ? 1 : 0 };
    }
    if (patches.length) {
      applyFixes(patches, cwd);
      result = await runLint(opts);
    }
  }
  const failOn = opts.failOn ?? result.config.failOn ?? 'error';
  const exitCode = failOn !== 'never' && exceedsFailOn(result, failOn) ? 1 : 0;
  let output: string;
  switch (opts.format) {
    case 'json':
      output = formatJson(result);
      break;
    case 'sarif':
      output = formatSarif(result, { version: opts.version });
      break;
    case 'github':
      output = formatGithub(result);
      break;
    default:
      output = formatStylish(result, { color: opts.color });
  }
  return { result, patches, output: redact(output), summary: redact(formatSummary(result)), exitCode };
}
