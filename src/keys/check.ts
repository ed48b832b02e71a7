import { readFileSync } from 'node:fs';
import { parseEnv } from '../env/parse.js';
import { registerSecret } from '../core/redact.js';
import { keyExpiries, type KeyExpiry } from './expiry.js';

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

export async function checkKeys(opts: { envFile: string; now?: number }): Promise<CheckResult> {
  const text = readFileSync(opts.envFile, 'utf8');
  const values: Record<string, string> = {};
  for (const e of parseEnv(text, opts.envFile).entries) {
    values[e.key] = e.value;
    registerSecret(e.value);
  }
  const findings: KeyFinding[] = await lintFindings(opts.envFile);
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

async function lintFindings(envFile: string): Promise<KeyFinding[]> {
  void envFile;
  return [];
}
