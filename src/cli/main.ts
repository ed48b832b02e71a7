import { runCli } from './app.js';
import { processIO } from './io.js';

const code = await runCli(process.argv.slice(2), processIO());
// Let pending stdout drain before exiting (large --json output to a pipe).
process.exitCode = code;
