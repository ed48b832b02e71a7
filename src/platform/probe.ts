import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { exec as realExec, type Exec } from '../core/exec.js';
import { UserError } from '../core/errors.js';

/**
 * What detection may look at: files, a few commands and the environment. The host probe reads
 * `/` and runs the real tools; the fixture probe reads a directory tree and the command outputs
 * recorded next to it, so every platform can be tested on one x86 machine.
 */
export interface Probe {
  /** File content, or undefined when absent/unreadable. `path` is absolute, as on the host. */
  readFile(path: string): string | undefined;
  exists(path: string): boolean;
  /** Runs a command; code 127 when it does not exist. Never throws for a non-zero exit. */
  run(cmd: string, args: string[]): Promise<{ code: number; stdout: string }>;
  env: Record<string, string | undefined>;
}

export function hostProbe(exec: Exec = realExec, env: NodeJS.ProcessEnv = process.env): Probe {
  return {
    readFile(path) {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    exists: (path) => existsSync(path),
    async run(cmd, args) {
      const r = await exec(cmd, args, { allowFailure: true, timeoutMs: 20_000, env });
      return { code: r.code, stdout: r.stdout };
    },
    env,
  };
}

/** Name of the file, at a fixture root, holding recorded command outputs and environment. */
export const RECORDED_COMMANDS = 'recorded-commands.yaml';

interface Recorded {
  commands?: Record<string, { stdout?: string; code?: number }>;
  env?: Record<string, string>;
}

/**
 * A probe over a fixture tree. `<root>/recorded-commands.yaml` maps a command line (words joined
 * by one space) to its recorded `stdout` and exit `code`; a command not listed does not exist.
 */
export function fixtureProbe(root: string): Probe {
  if (!existsSync(root)) {
    throw new UserError(`--root ${root} does not exist`, { hint: 'point --root at a directory laid out like / (etc/os-release, proc/version, ...)' });
  }
  const recordedPath = join(root, RECORDED_COMMANDS);
  let recorded: Recorded = {};
  if (existsSync(recordedPath)) {
    try {
      recorded = (parseYaml(readFileSync(recordedPath, 'utf8')) ?? {}) as Recorded;
    } catch (err) {
      throw new UserError(`cannot parse recorded commands: ${(err as Error).message}`, { file: recordedPath, hint: 'it is YAML: commands: { "uname -m": { stdout: "aarch64\\n" } }' });
    }
  }
  const inRoot = (p: string) => join(root, p.replace(/^\/+/, ''));
  return {
    readFile(path) {
      try {
        return readFileSync(inRoot(path), 'utf8');
      } catch {
        return undefined;
      }
    },
    exists: (path) => existsSync(inRoot(path)),
    async run(cmd, args) {
      const hit = recorded.commands?.[[cmd, ...args].join(' ')];
      if (!hit) return { code: 127, stdout: '' };
      return { code: hit.code ?? 0, stdout: hit.stdout ?? '' };
    },
    env: recorded.env ?? {},
  };
}
