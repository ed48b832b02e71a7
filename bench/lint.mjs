// `npm run bench:lint`: times `pmoves lint` against dclint, both as whole processes (start-up
// included, as a developer or CI runs them) on the upstream Supabase compose file, in the same
// run, interleaved so machine noise hits both alike. Prints medians and, as its last line,
// `ratio <dclint/pmoves>` (higher is better for pmoves; the goal is >= 3).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const fixture = process.env.BENCH_COMPOSE ?? join(root, '../shared/fixtures/supabase-docker/docker-compose.yml');
const runs = Number(process.env.BENCH_RUNS ?? 9);
if (!existsSync(fixture)) {
  console.error(`fixture not found: ${fixture} (set BENCH_COMPOSE)`);
  process.exit(2);
}
if (!existsSync(join(root, 'dist/cli.js'))) {
  console.error('dist/cli.js is missing: run npm run build');
  process.exit(2);
}

const tools = {
  pmoves: [process.execPath, [join(root, 'bin/pmoves.js'), 'lint', fixture, '--format', 'json']],
  dclint: [process.execPath, [join(root, 'node_modules/dclint/bin/dclint.cjs'), fixture, '--formatter', 'json']],
};
if (!existsSync(tools.dclint[1][0])) tools.dclint = [join(root, 'node_modules/.bin/dclint'), [fixture, '--formatter', 'json']];

function once([cmd, args]) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status === null || r.status > 1) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = { pmoves: [], dclint: [] };
for (const t of Object.keys(tools)) once(tools[t]); // warm the file cache
for (let i = 0; i < runs; i++) {
  for (const t of i % 2 ? ['dclint', 'pmoves'] : ['pmoves', 'dclint']) times[t].push(once(tools[t]));
}
for (const t of Object.keys(tools)) {
  console.log(`${t.padEnd(7)} median ${median(times[t]).toFixed(1)} ms  (min ${Math.min(...times[t]).toFixed(1)}, max ${Math.max(...times[t]).toFixed(1)}, ${runs} runs)`);
}
console.log(`ratio ${(median(times.dclint) / median(times.pmoves)).toFixed(2)}`);
