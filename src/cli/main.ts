import { runCli } from './app.js';
import { processIO } from './io.js';

// `pmoves lint --format json | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

const code = await runCli(process.argv.slice(2), processIO());
// Let pending stdout drain before exiting (large --json output to a pipe).
process.exitCode = code;
