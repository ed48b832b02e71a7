import { execFileSync } from 'node:child_process';

/**
 * Suites that need a real service skip on a laptop without it, but CI sets
 * PMOVES_REQUIRE_ALL=1 and then a missing service fails the run instead of skipping.
 */
export const requireAll = process.env.PMOVES_REQUIRE_ALL === '1';

function has(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

const cache = new Map<string, boolean>();
function probe(name: string, fn: () => boolean): boolean {
  if (!cache.has(name)) cache.set(name, fn());
  return cache.get(name)!;
}

export const hasNatsServer = () => probe('nats', () => has('nats-server', ['--version']));
export const hasDocker = () => probe('docker', () => has('docker', ['info']));
export const hasShellcheck = () => probe('shellcheck', () => has('shellcheck', ['--version']));

/**
 * Returns true when the suite must be skipped. Throws under PMOVES_REQUIRE_ALL=1 so that
 * `describe.skipIf(skipUnless('docker', hasDocker()))` is a failure in CI, never a skip.
 */
export function skipUnless(what: string, available: boolean): boolean {
  if (available) return false;
  if (requireAll) {
    throw new Error(`${what} is required (PMOVES_REQUIRE_ALL=1) but not available on this machine; .ci/run installs and starts it`);
  }
  return true;
}
