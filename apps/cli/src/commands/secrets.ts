import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadSecretKeys } from '@dispatch/config';
import { SecretBox } from '@dispatch/db';
import { CliError } from '../errors';
import { printResealSummary, resealProgressReporter } from '../output/reseal-output';
import { action, type CliRun, type CommandContext } from './command-context';

const wholeNumber = (max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new InvalidArgumentError(`must be a whole number from 1 to ${max}`);
  }
  return n;
};

/** The same key ring the API reads: the current key seals, the previous ones only open. */
function keyRing(env: CommandContext['io']['env']): SecretBox {
  try {
    const keys = loadSecretKeys(env);
    return new SecretBox(keys.current, keys.previous);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}

async function reseal(
  ctx: CommandContext,
  opts: { batchSize?: number; maxBatches?: number },
): Promise<number> {
  const box = keyRing(ctx.io.env);
  if (!ctx.out.json) {
    ctx.out.note(
      `Re-sealing under key ${box.keyId}; also opening ${box.keyIds.slice(1).join(', ') || 'no older key'}.`,
    );
  }
  const controller = new AbortController();
  const release = ctx.io.trapInterrupt(() => {
    ctx.out.note('\nStopping after the tenant in flight (a re-run continues where this one stopped).');
    controller.abort();
  });
  const progress = resealProgressReporter(ctx.out.stderr, { intervalMs: ctx.options.progressIntervalMs });
  try {
    const report = await ctx.client.resealSecrets({
      box,
      batchSize: opts.batchSize,
      maxBatches: opts.maxBatches,
      signal: controller.signal,
      onProgress: (state) => progress.update(state),
    });
    progress.stop();
    if (ctx.out.json) ctx.out.data(report);
    else printResealSummary(ctx.out, report);
    if (report.failures.length > 0) return 1;
    return report.interrupted ? 130 : 0;
  } finally {
    progress.stop();
    release();
  }
}

export function secretsCommand(run: CliRun): Command {
  const secrets = new Command('secrets').description('secrets sealed at rest (SECRETS_ENCRYPTION_KEY)');
  secrets
    .command('reseal')
    .description(
      're-seal every secret stored in Postgres under the current SECRETS_ENCRYPTION_KEY, opening older ones ' +
        'with SECRETS_ENCRYPTION_KEYS_PREVIOUS; resumable (Ctrl-C, then re-run); database only',
    )
    .option('--batch-size <n>', 'tenants per batch (each tenant in its own transaction)', wholeNumber(10_000))
    .option('--max-batches <n>', 'stop after this many batches (a re-run continues)', wholeNumber(1_000_000))
    .action(
      action<{ batchSize?: number; maxBatches?: number }>(run, (ctx, { opts }) => reseal(ctx, opts), {
        directOnly: true,
      }),
    );
  return secrets;
}
