import * as core from '@actions/core';
import { registerSecret } from '../core/redact.js';

/**
 * Masks a value in the runner log. The runner matches masks line by line, so a multi-line value
 * (PEM, pretty JSON) is registered whole and each of its lines too.
 */
export function maskValue(value: string | undefined): void {
  if (!value) return;
  registerSecret(value);
  core.setSecret(value);
  if (/[\r\n]/.test(value)) {
    for (const line of value.split(/\r?\n/)) if (line.trim()) core.setSecret(line);
  }
}
