/**
 * Delay before retry number `attempt` (1-based): exponential from baseMs, capped at maxMs, with
 * "full jitter" (uniform in [cap/2, cap]) so a fleet of sites coming back after an outage of the
 * centre does not knock on it in lockstep.
 */
export function backoffDelay(attempt: number, opts: { baseMs?: number; maxMs?: number; random?: () => number } = {}): number {
  const base = opts.baseMs ?? 250;
  const max = opts.maxMs ?? 30_000;
  const random = opts.random ?? Math.random;
  const cap = Math.min(max, base * 2 ** Math.min(30, Math.max(0, attempt - 1)));
  return Math.round(cap / 2 + random() * (cap / 2));
}
