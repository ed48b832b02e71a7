import { resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import { redact } from '../core/redact.js';
import { collect } from './collect.js';
import { globToRegExp, loadLintConfig, type LintConfig } from './config.js';
import { parseDisables, type Disables } from './disable.js';
import { composeSecretSpans, maskEnvText, maskSpans, maskText } from './mask.js';
import { rules as allRules } from './rules/index.js';
import type { Finding, RuleContext, Severity, TextEdit } from './types.js';

export type { Finding, Severity } from './types.js';

export interface LintOptions {
  /** Compose files, env files or directories (see docs/lint.md "What gets linted"). */
  files: string[];
  envFiles?: string[];
  environment?: string;
  platform?: string;
  profiles?: string[];
  /** Run only these rules. */
  rules?: string[];
  cwd?: string;
  /** Path of a .pmoves-lint.yaml; default: the one in cwd, if any. */
  config?: string;
  /** Clock for expiry checks (tests). */
  now?: Date;
  catalogPath?: string;
}

export interface LintResult {
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  /** Edits the fixable findings propose, by file (display path), for --fix. */
  edits: TextEdit[];
  /** Source text of every linted file by display path, for code frames (secret values masked). */
  sources: Map<string, string>;
  /** Another version of a linted file (what --fix writes) with its secret values masked. */
  mask(file: string, text: string): string;
  config: LintConfig;
}

/** Runs every rule over compose files and env layers; never prints, never writes. */
export async function runLint(opts: LintOptions): Promise<LintResult> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const ids = allRules.map((r) => r.id);
  for (const r of opts.rules ?? []) {
    if (!ids.includes(r)) throw new UserError(`unknown rule "${r}"`, { hint: `rules: ${ids.join(', ')}` });
  }
  const config = await loadLintConfig(cwd, opts.config ? resolve(cwd, opts.config) : undefined, ids);
  const ctx = collect({ ...opts, cwd });
  const ignores = (config.ignore ?? []).map(globToRegExp);
  const sources = sourcesOf(ctx);
  const disables = new Map<string, Disables>();
  const disabled = (rule: string, file: string, line: number) => {
    let d = disables.get(file);
    if (!d) disables.set(file, (d = parseDisables(sources.get(file) ?? '')));
    return d.isDisabled(rule, line);
  };

  const findings: Finding[] = [];
  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  for (const rule of allRules) {
    if (opts.rules && !opts.rules.includes(rule.id)) continue;
    const level = config.rules?.[rule.id];
    if (level === 'off') continue;
    for (const rep of rule.check(ctx)) {
      const { file, line, column } = rep.loc;
      if (ignores.some((re) => re.test(file)) || disabled(rule.id, file, line)) continue;
      const severity: Severity = level ?? rep.severity ?? rule.severity;
      const message = redact(rep.message);
      const key = `${rule.id}|${file}|${line}|${column}|${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const fixable = rule.fixable && (rep.edits?.length ?? 0) > 0;
      findings.push({ rule: rule.id, severity, file, line, column, message, fixable });
      if (fixable || (rule.fixable && rep.edits)) edits.push(...(rep.edits ?? []));
    }
  }
  // Equal strings compare as 0 without localeCompare: its first call loads ICU collation
  // (milliseconds of start-up), and most runs sort findings of one or a few files.
  const byLocale = (x: string, y: string) => (x === y ? 0 : x.localeCompare(y));
  findings.sort((a, b) => byLocale(a.file, b.file) || a.line - b.line || a.column - b.column || byLocale(a.rule, b.rule));
  return {
    findings,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
    edits,
    sources,
    mask: (file, text) =>
      maskText(ctx.envFiles.some((s) => s.file.file === file) ? 'env' : 'compose', file, text, ctx.catalog, ctx.secretValues ?? []),
    config,
  };
}

/** File texts for code frames and disables; secret values in env and compose files are masked. */
function sourcesOf(ctx: RuleContext): Map<string, string> {
  const m = new Map<string, string>();
  for (const f of ctx.composeFiles) m.set(f.file, maskSpans(f.text, composeSecretSpans(f, ctx.catalog)));
  for (const s of ctx.envFiles) m.set(s.file.file, maskEnvText(s.text, s.file, ctx.catalog));
  return m;
}

export function exceedsFailOn(result: Pick<LintResult, 'findings'>, failOn: Severity): boolean {
  const rank: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
  return result.findings.some((f) => rank[f.severity] >= rank[failOn]);
}
