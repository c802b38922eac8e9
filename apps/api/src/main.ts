import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig, type AppConfig } from '@dispatch/config';
import { isApiWorker, startApiProcesses } from './api-processes';
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

if (config.http.processes > 1 && !isApiWorker()) {
  // The primary (api-processes.ts): forks the workers, which run this same file and take the branch below.
  const log = (msg: string) =>
    process.stdout.write(`${JSON.stringify({ level: 30, time: Date.now(), pid: process.pid, msg })}\n`);
  const processes = await startApiProcesses({
    processes: config.http.processes,
    metrics: config.metrics,
    graceMs: config.shutdown.drainDelayMs + config.shutdown.graceMs,
    log,
  });
  const stop = (signal: NodeJS.Signals) => {
    log(`${signal}: shutting down ${config.http.processes} API processes`);
    void processes.shutdown().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await processes.ready;
} else {
  const server = await startServer(config, { drainDelayMs: config.shutdown.drainDelayMs });
  // A worker's shutdown is the primary's decision (it sends SIGTERM): a Ctrl-C that reaches the whole process
  // group must not make the workers exit on their own, nor count as a second signal.
  if (isApiWorker()) process.on('SIGINT', () => {});
  closeWithGrace(
    { delay: config.shutdown.graceMs, ...(isApiWorker() ? { skip: ['SIGINT'] } : {}) },
    async ({ signal, err }) => {
      if (err) server.app.log.error({ err }, 'shutting down after an error');
      else server.app.log.info({ signal }, 'shutting down');
      await server.shutdown();
    },
  );
}
