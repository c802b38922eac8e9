// First: V8 flags that must hold before anything is allocated (see heap-tuning.ts).
import './heap-tuning';
import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig, loadVaultConfig, type AppConfig } from '@dispatch/config';
import { loadVaultSecrets, type VaultSecrets } from '@dispatch/vault';
import { isApiWorker, startApiProcesses } from './api-processes';
import { recordVaultSessionEvent } from './plugins/database-credentials';
import { startServer } from './server';

let config: AppConfig;
let vault: VaultSecrets | undefined;
try {
  // With VAULT_ADDR, Vault supplies secrets (KV fields as variables) and database credentials before the rest
  // of the configuration is read; without it, nothing here touches Vault.
  const vaultConfig = loadVaultConfig();
  vault = vaultConfig ? await loadVaultSecrets(vaultConfig) : undefined;
  config = loadConfig(vault ? { ...process.env, ...vault.environment } : process.env);
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : `Vault: ${String(error)}`}\n`);
  process.exit(1);
}

if (config.http.processes > 1 && !isApiWorker()) {
  // The primary (api-processes.ts): forks the workers, which run this same file and take the branch below.
  // It opens no pool: each worker logs in to Vault and holds leases of its own.
  vault?.session.close();
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
  const server = await startServer(config, {
    drainDelayMs: config.shutdown.drainDelayMs,
    databaseCredentials: vault?.databaseCredentials,
  });
  if (vault) {
    const { app } = server;
    app.log.info(
      { variables: Object.keys(vault.environment).sort() },
      'configuration variables read from Vault',
    );
    vault.session.onEvent((event) => recordVaultSessionEvent(event, app.log, app.metrics));
  }
  // A worker's shutdown is the primary's decision (it sends SIGTERM): a Ctrl-C that reaches the whole process
  // group must not make the workers exit on their own, nor count as a second signal.
  if (isApiWorker()) process.on('SIGINT', () => {});
  closeWithGrace(
    { delay: config.shutdown.graceMs, ...(isApiWorker() ? { skip: ['SIGINT'] } : {}) },
    async ({ signal, err }) => {
      if (err) server.app.log.error({ err }, 'shutting down after an error');
      else server.app.log.info({ signal }, 'shutting down');
      await server.shutdown();
      // After the pools closed and gave their leases back.
      vault?.session.close();
    },
  );
}
