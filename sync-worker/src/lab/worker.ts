import type { SyncConfig } from '../config.js';
import { createLogger } from '../log.js';
import { createTransport } from '../transport.js';
import { SyncWorker } from '../worker.js';
import type { OpsHandle } from '../ops/attach.js';

/** The lab's worker: the real SyncWorker, its transport wrapped by ops (NATS), errors only on stderr (the lab prints its own status line). */
export function createLabWorker(config: SyncConfig, ops: OpsHandle): SyncWorker {
  const logger = createLogger({ json: false, minLevel: 'error', write: (l) => process.stderr.write(`[worker] ${l}\n`) });
  // Backoff capped at 5 s instead of 30 s: after `--offline` the drain starts within seconds.
  const worker = new SyncWorker(config, { transport: ops.wrapTransport(createTransport(config)), logger, maxBackoffMs: 5000 });
  ops.attach(worker);
  return worker;
}
