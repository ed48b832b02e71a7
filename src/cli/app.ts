import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatUserError, isUserError, UserError } from '../core/errors.js';
import { commands } from './commands/index.js';
import type { CliIO } from './io.js';

export const VERSION = '0.1.0';

function usage(): string {
  const names = Object.keys(commands).sort();
  const width = Math.max(8, ...names.map((n) => n.length));
  return [
    'pmoves — build, check, deploy and sync the PMOVES.AI fleet',
    '',
    'Usage: pmoves <command> [options]',
    '',
    'Commands:',
    ...names.map((n) => `  ${n.padEnd(width)}  ${commands[n].summary}`),
    '',
    'Run `pmoves <command> --help` for the options of one command.',
    'Exit codes: 0 clean, 1 findings or a failed check, 2 bad usage or bad config.',
  ].join('\n');
}

/** Runs one CLI invocation; never throws, always returns the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(usage() + '\n');
      return name ? 0 : 2;
    }
    if (name === '--version' || name === '-V') {
      io.stdout(`pmoves ${VERSION}\n`);
      return 0;
    }
    const spec = commands[name];
    if (!spec) {
      throw new UserError(`unknown command "${name}"`, {
        hint: `one of: ${Object.keys(commands).sort().join(', ')} (see pmoves --help)`,
      });
    }
    const mod = await spec.load();
    return await mod.run(rest, io);
  } catch (err) {
    if (isUserError(err)) {
      io.stderr(formatUserError(err) + '\n');
      return 2;
    }
    const e = err as Error;
    io.stderr(`pmoves: internal error: ${e?.message ?? String(err)}\n`);
    if (io.env.PMOVES_DEBUG) io.stderr(`${e?.stack ?? ''}\n`);
    else io.stderr('  (set PMOVES_DEBUG=1 for a stack trace, and please report it)\n');
    return 3;
  }
}

/**
 * parseArgs with errors turned into UserErrors that say which option is wrong and point at
 * --help, instead of Node's TypeError with a stack.
 */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  argv: string[],
  options: T,
  allowPositionals = true,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UserError(`${(err as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, '')}`, {
      hint: `see pmoves ${command} --help`,
    });
  }
}
