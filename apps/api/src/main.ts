import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig, type AppConfig } from '@dispatch/config';
import { startServer } from './server';

let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

const server = await startServer(config, { drainDelayMs: config.shutdown.drainDelayMs });
closeWithGrace({ delay: config.shutdown.graceMs }, async ({ signal, err }) => {
  if (err) server.app.log.error({ err }, 'shutting down after an error');
  else server.app.log.info({ signal }, 'shutting down');
  await server.shutdown();
});
