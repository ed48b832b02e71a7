import { redact } from './redact.js';

/**
 * Progress for people goes to stderr, so stdout stays clean for --json and piping.
 * Everything passes through redact().
 */
export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  step(msg: string): void;
}

export function stderrLogger(opts: { quiet?: boolean } = {}): Logger {
  const write = (s: string) => {
    if (!opts.quiet) process.stderr.write(redact(s) + '\n');
  };
  return {
    info: (m) => write(m),
    warn: (m) => write(`warning: ${m}`),
    step: (m) => write(`==> ${m}`),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, step() {} };
