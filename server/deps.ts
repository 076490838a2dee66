import type { Config } from './config.js';
import type { Database } from './db/client.js';
import type { Logger } from './logger.js';

/** Sources of time and randomness, injected so that tests and domain code stay deterministic. */
export type Clock = () => Date;
export type Random = { bytes(n: number): Uint8Array; int(exclusiveMax: number): number };

/** Everything `createApp` needs; there is no module-level state. */
export type Deps = {
  database: Database;
  config: Config;
  clock: Clock;
  random: Random;
  logger: Logger;
};
