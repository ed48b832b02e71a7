import { redact } from '../core/redact.js';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  /** Ask a yes/no question on the terminal; absent when there is none. */
  confirm?: (question: string) => Promise<boolean>;
}

export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => process.stdout.write(redact(t)),
    stderr: (t) => process.stderr.write(redact(t)),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    confirm: process.stdin.isTTY
      ? async (q) => {
          const { createInterface } = await import('node:readline/promises');
          const rl = createInterface({ input: process.stdin, output: process.stderr });
          try {
            const a = await rl.question(`${q} [y/N] `);
            return /^y(es)?$/i.test(a.trim());
          } finally {
            rl.close();
          }
        }
      : undefined,
  };
}

/** A command: argv after its name in, exit code out (0 clean, 1 findings/failed check, 2 bad usage). */
export type CommandRun = (argv: string[], io: CliIO) => Promise<number>;

export interface CommandModule {
  run: CommandRun;
}
