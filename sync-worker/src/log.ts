import { redact } from '../../src/core/redact.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface SyncLogger {
  log(level: LogLevel, msg: string, fields?: Record<string, unknown>): void;
}

/**
 * Structured logs: one JSON object per line when stderr is not a terminal (containers, log
 * shippers), `time level message key=value` for people otherwise. Always redacted.
 */
export function createLogger(opts: { json?: boolean; write?: (line: string) => void; minLevel?: LogLevel } = {}): SyncLogger {
  const json = opts.json ?? !process.stderr.isTTY;
  const write = opts.write ?? ((l: string) => process.stderr.write(l + '\n'));
  const order: LogLevel[] = ['debug', 'info', 'warn', 'error'];
  const min = order.indexOf(opts.minLevel ?? (process.env.PMOVES_SYNC_DEBUG ? 'debug' : 'info'));
  return {
    log(level, msg, fields = {}) {
      if (order.indexOf(level) < min) return;
      const time = new Date().toISOString();
      if (json) {
        write(redact(JSON.stringify({ time, level, msg, ...fields })));
      } else {
        const kv = Object.entries(fields)
          .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
          .join(' ');
        write(redact(`${time} ${level.padEnd(5)} ${msg}${kv ? ' ' + kv : ''}`));
      }
    },
  };
}

export const silentSyncLogger: SyncLogger = { log() {} };
