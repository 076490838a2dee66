import { loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { createLogger } from './logger.js';
import { cryptoRandom } from './random.js';
import { rebuildState } from './services/rebuild-service.js';

/**
 * `npm run rebuild-state`: recomputes every projection (abilities, item calibrations, FSRS cards, the mistakes
 * notebook, pass-probability trends) from the response log, on the configured database.
 */
async function main() {
  const config = loadConfig(process.env);
  const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    const started = performance.now();
    const deps = { database, config, clock: () => new Date(), random: cryptoRandom, logger: createLogger('silent') };
    const { answers, students, items } = await rebuildState(deps);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`Rebuilt from ${answers} answers: ${students} students, ${items} items, in ${seconds} s.\n`);
  } finally {
    await database.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`rebuild-state failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
