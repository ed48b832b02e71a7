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
};
