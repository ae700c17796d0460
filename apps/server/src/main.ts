import { ConfigError, loadConfig } from './config.ts';
import { totpUri } from './domains/security/index.ts';
import { buildServer } from './server.ts';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(78);
  }
  throw err;
}

const server = await buildServer(config);
const url = await server.listen();
server.app.log.info({ url, mode: config.mode, database: server.database.kind }, 'Clearline is listening');

if (config.mode === 'development' && server.demoAgents.length > 0) {
  const lines = server.demoAgents.map(
    (a) =>
      `  ${a.role.padEnd(10)} ${a.email.padEnd(26)} password: ${a.password.padEnd(22)} TOTP secret: ${a.totpSecret}\n` +
      `             ${totpUri(a.totpSecret, a.email)}`,
  );
  process.stdout.write(
    `\nClearline (development mode) on ${url.replace('127.0.0.1', 'localhost')}\n` +
      `  demo issuer site: /    agent console: /console\n\nDemo agents (add the TOTP secret to an authenticator app):\n${lines.join('\n')}\n\n`,
  );
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    server
      .close()
      .then(() => process.exit(0))
      .catch((err) => {
        server.app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      });
  });
}
