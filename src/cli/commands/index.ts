import type { CommandModule } from '../io.js';

export interface CommandSpec {
  summary: string;
  load: () => Promise<CommandModule>;
}

/**
 * Every `pmoves <name>` subcommand. Loaded lazily so `pmoves lint` does not pay for the
 * GitHub client or the Postgres driver.
 */
export const commands: Record<string, CommandSpec> = {
  lint: { summary: 'check compose + env files: standard Supabase names, secrets, JWT keys, healthchecks, ports (--fix renames legacy names)', load: () => import('./lint.js') },
  build: { summary: 'plan, bake, build, push and merge multi-arch images (amd64, arm64, Jetson L4T variants) from images.yaml', load: () => import('./build.js') },
  deploy: { summary: 'plan, apply (locked, health-gated, with rollback), status and rollback of a site deploy', load: () => import('./deploy.js') },
  detect: { summary: 'what this machine is (arch, WSL2, Jetson L4T/JetPack/CUDA, GPU, docker) and its runner labels', load: () => import('./detect.js') },
  keys: { summary: 'generate, check and store the Supabase secrets (JWT keys, passwords) as GitHub secrets', load: () => import('./keys.js') },
  db: { summary: 'rotate the Supabase database role passwords and the env file together', load: () => import('./db.js') },
};
