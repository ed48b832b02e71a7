/**
 * How a failed apply is handled. Transient: the centre is unreachable, restarting, overloaded
 * or misconfigured as a whole (retry forever with backoff; the outbox is the queue).
 * Permanent: the centre rejected the data of some row (narrow the batch to it and hold it).
 */
export class CentralError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'CentralError';
  }
}

/**
 * SQLSTATEs that point at a row's data: data exceptions (22), integrity constraints (23), an
 * image with a column or type the centre does not have (42703, 42804), a centre trigger that
 * refused the row (P0001), a value too large (54000). Anything else (connection 08, shutdown
 * 57P, resources 53, deadlock 40P01, a missing table or function) is the centre's state, not the
 * row's: retry the whole batch later.
 */
export function isRowLevelSqlState(code: string | undefined): boolean {
  if (!code || !/^[0-9A-Z]{5}$/.test(code)) return false;
  if (code.startsWith('22') || code.startsWith('23')) return true;
  return ['42703', '42804', 'P0001', '54000'].includes(code);
}

/** Wraps anything the transport throws into a CentralError with its classification. */
export function toCentralError(err: unknown): CentralError {
  if (err instanceof CentralError) return err;
  const e = err as { message?: string; code?: string };
  const code = typeof e?.code === 'string' ? e.code : undefined;
  return new CentralError(e?.message ?? String(err), code, isRowLevelSqlState(code));
}

/** Network-level failures: the state is 'offline' rather than 'backoff'. */
export function isConnectionError(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  const code = e?.code ?? '';
  if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|ENOTFOUND|EAI_AGAIN)$/.test(code)) return true;
  if (code.startsWith('08') || code === '57P01' || code === '57P03') return true;
  return /Connection terminated|connection.*(closed|refused|reset)|fetch failed|socket hang up|timeout/i.test(e?.message ?? '');
}
