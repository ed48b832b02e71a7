// `npm start`: the main job. Until the sync lab lands it lints the repo's own reference stack.
import { spawnSync } from 'node:child_process';
const args = process.argv.slice(2);
const r = spawnSync(process.execPath, ['bin/pmoves.js', 'lint', 'compose/', 'env-templates/', ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
