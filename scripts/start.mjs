// `npm start`: the main job, the two-site sync lab (sync-worker/src/lab/main.ts).
// Runs the TypeScript in-process through tsx so Ctrl-C reaches one process that stops the
// worker, then the servers, in order. `npm start -- --help` lists the options.
let register;
try {
  ({ register } = await import('tsx/esm/api'));
} catch {
  process.stderr.write('error: tsx is not installed\n  hint: run `npm install` (the lab runs from TypeScript sources through tsx)\n');
  process.exit(2);
}
register();
const { runLab } = await import('../sync-worker/src/lab/main.ts');
await runLab(process.argv.slice(2));
