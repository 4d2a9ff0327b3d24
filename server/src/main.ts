import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './foundation/db/database.js';
import { migrateToLatest } from './foundation/db/migrate.js';
import { natsTransport } from './foundation/events/nats-transport.js';
import { localTransport } from './foundation/events/transport.js';
import { DEMO_PASSWORD, DEMO_USERS, seed } from './seed/seed.js';
import pino from 'pino';
import { startEmbeddedGatewayIfConfigured } from './simulators/gateway/index.js';

async function main() {
  const config = loadConfig();
  const log = pino({ level: config.logLevel, base: { instance: config.instanceId } });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrateToLatest(database.db);
  if (applied.length) log.info({ applied }, 'migrations applied');
  const transport = config.natsUrl ? natsTransport(config.natsUrl, log) : localTransport();
  const platform = await buildApp({ config, database, transport, logger: log });
  await platform.start();
  const report = await seed(platform, { demo: config.seedDemo });
  await platform.app.listen({ port: config.port, host: config.host });
  const address = platform.app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const gateway = await startEmbeddedGatewayIfConfigured(config, `http://127.0.0.1:${port}`);
  if (gateway) platform.warnings.useGateway({ url: gateway.url, apiKey: gateway.apiKey, signingSecret: gateway.signingSecret, callbackBase: `http://127.0.0.1:${port}` });

  const lines = [
    '',
    `Shouwang listening on http://${host}:${port}`,
    `  database: ${database.engine === 'pglite' ? `embedded PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)'}; events: ${transport.kind}`,
    `  API docs: http://${host}:${port}/api/docs`,
    `  SMS/voice/broadcast gateway: ${gateway ? (gateway.mode === 'embedded' ? `embedded simulator at ${gateway.url}` : gateway.url) : 'off'}`,
  ];
  if (config.seedDemo) {
    lines.push(`  demo accounts (password ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS) lines.push(`    ${u.username.padEnd(16)} ${u.displayName}`);
  }
  if (report.bootstrapAdmin) lines.push(`  first administrator: ${report.bootstrapAdmin.username} / ${report.bootstrapAdmin.password} (change it now)`);
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await platform.close();
    await gateway?.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`Shouwang failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  if (err instanceof Error && err.stack && !err.message.startsWith('Invalid configuration')) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
});
