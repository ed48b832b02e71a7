import type { EventEmitter } from 'node:events';

/**
 * The SyncWorker event contract (docs/contracts): ops code listens to these and nothing else,
 * so it works with any worker that emits them (the real one, or a test double in unit tests).
 */
export type ChangeOp = 'insert' | 'update' | 'delete';

export interface AppliedChange {
  outboxId: string;
  table: string;
  op: ChangeOp;
  key: Record<string, unknown>;
  row: Record<string, unknown> | null;
  hlc: string;
}

export interface AppliedEvent {
  site: string;
  batchId: string;
  centralHlc: string;
  changes: AppliedChange[];
  durationMs: number;
}

export interface FailedEvent {
  outboxId: string;
  table: string;
  key: Record<string, unknown>;
  error: string;
}

export type WorkerState = 'running' | 'backoff' | 'offline' | 'stopped';

/** What ops needs of the worker: its events. */
export type SyncEvents = Pick<EventEmitter, 'on' | 'off'>;

/** Error payloads vary (Error, or `{ error, retryInMs }`): reduce to one line for logs and the page. */
export function describeError(err: unknown): { message: string; retryInMs?: number } {
  if (err instanceof Error) {
    const retry = (err as { retryInMs?: unknown }).retryInMs;
    return { message: err.message, retryInMs: typeof retry === 'number' ? retry : undefined };
  }
  if (err && typeof err === 'object') {
    const o = err as Record<string, unknown>;
    const inner = o.error ?? o.message ?? o.err;
    const retry = o.retryInMs ?? o.retryMs ?? o.retry ?? o.delayMs;
    const message = inner instanceof Error ? inner.message : typeof inner === 'string' ? inner : JSON.stringify(o);
    return { message, retryInMs: typeof retry === 'number' ? retry : undefined };
  }
  return { message: String(err) };
}
