import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { createLogger } from './logger.js';
import { cryptoRandom } from './random.js';
import { syncConfiguredBank } from './services/bank-sync.js';
import { DEMO_ACCOUNTS, ensureDemoAccounts } from './services/demo-accounts.js';

/** Starts Roundhouse: one process serving the API and the web app on one port. */
async function main() {
  const config = loadConfig(process.env, process.argv.slice(2));
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
  logger.info('database ready', { kind: database.kind, where: config.databaseUrl ? 'DATABASE_URL' : config.dataDir });
  const deps = { database, config, clock: () => new Date(), random: cryptoRandom, logger };

  await syncConfiguredBank(deps);

  if (config.seedDemo) {
    const { created, joinCode } = await ensureDemoAccounts(deps);
    if (created.length > 0) {
      const lines = DEMO_ACCOUNTS.map((a) => `    ${a.role.padEnd(10)} ${a.email}`).join('\n');
      process.stdout.write(
        `\n  Demo accounts (password: ${config.demoPassword}):\n${lines}\n` +
          (joinCode ? `  Demo cohort join code: ${joinCode}\n` : '') +
          '\n',
      );
    }
  }

  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    logger.info('listening', { url: `http://localhost:${info.port}` });
    process.stdout.write(`\n  Roundhouse is running at http://localhost:${info.port}\n\n`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    // Stop accepting connections, let in-flight requests finish, then close the database.
    server.close(async () => {
      await database.close();
      logger.info('stopped');
      process.exit(0);
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
    setTimeout(() => {
      logger.error('forced exit: requests still running after 10 s');
      process.exit(1);
    }, 10_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((e: unknown) => {
  process.stderr.write(`Roundhouse failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
