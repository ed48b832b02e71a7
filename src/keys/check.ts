import { readEnvText } from './env-io.js';
import { parseEnv } from '../env/parse.js';
import { registerSecret } from '../core/redact.js';
import { keyExpiries, type KeyExpiry } from './expiry.js';
import { runLint } from '../lint/run.js';
import { isSecretName } from './secret-names.js';

export interface KeyFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface CheckResult {
  file: string;
  findings: KeyFinding[];
  expiries: KeyExpiry[];
  errorCount: number;
  warningCount: number;
  ok: boolean;
}

/** Keys expiring sooner than this fail the check: time to rotate before the site stops. */
export const EXPIRY_WARNING_DAYS = 30;

export const KEY_RULES = ['insecure-secret', 'jwt-key-mismatch', 'unsafe-secret-chars'];

/**
 * `pmoves keys check`: the three secret rules of `pmoves lint` on one env file (the same code,
 * so both commands always agree), plus how many days each JWT key has left.
 */
export async function checkKeys(opts: { envFile: string; now?: number; cwd?: string }): Promise<CheckResult> {
  const text = readEnvText(opts.envFile);
  const values: Record<string, string> = {};
  for (const e of parseEnv(text, opts.envFile).entries) {
    values[e.key] = e.value;
    if (isSecretName(e.key)) registerSecret(e.value);
  }
  const lint = await runLint({
    files: [],
    envFiles: [opts.envFile],
    rules: KEY_RULES,
    cwd: opts.cwd,
    now: opts.now === undefined ? undefined : new Date(opts.now * 1000),
  });
  const findings: KeyFinding[] = lint.findings.map(({ rule, severity, file, line, column, message }) => ({ rule, severity, file, line, column, message }));
  const expiries = keyExpiries(values, opts.now);
  let errorCount = findings.filter((f) => f.severity === 'error').length;
  let warningCount = findings.filter((f) => f.severity === 'warning').length;
  for (const e of expiries) {
    if (e.problem || (e.daysLeft !== undefined && e.daysLeft < 0)) errorCount++;
    else if (e.daysLeft !== undefined && e.daysLeft < EXPIRY_WARNING_DAYS) warningCount++;
  }
  const soon = expiries.some((e) => e.daysLeft !== undefined && e.daysLeft < EXPIRY_WARNING_DAYS);
  return { file: opts.envFile, findings, expiries, errorCount, warningCount, ok: errorCount === 0 && !soon };
}
