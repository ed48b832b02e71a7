import type { EventEmitter } from 'node:events';

/**
 * The SyncWorker event contract: ops code listens to these events and nothing else, so it works
 * with the real worker or a test double. The payload types are the worker's own (type-only
 * import: no runtime coupling).
 */
export type { AppliedChange, AppliedEvent, CollapsedEvent, FailedEvent, WorkerState } from '../worker.js';
export type { Op as ChangeOp } from '../outbox.js';

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
