import { Command } from 'commander';
import { ConfigError, loadObjectStorage } from '@dispatch/config';
import { applyBucketSettings, createObjectStore } from '@dispatch/object-storage';
import { CliError } from '../errors';
import { createPrinter } from '../output/printer';
import type { CliRun } from './command-context';

/**
 * `storage setup`: applies the bucket's settings (versioning, default encryption, CORS for the tenants' hosts,
 * lifecycle) to S3_BUCKET and says, per setting, whether the store kept it. Talks to the object store only.
 */
async function setup(run: CliRun, opts: { baseDomain?: string; allowHttp?: boolean }, json: boolean) {
  const out = createPrinter(run.io.stdout, run.io.stderr, json);
  let storage;
  try {
    storage = loadObjectStorage(run.io.env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
  if (!storage.s3) throw new CliError('S3_BUCKET is not set: nothing to set up');
  const baseDomain = (opts.baseDomain ?? run.io.env.BASE_DOMAIN ?? '').trim();
  if (!baseDomain)
    throw new CliError('pass --base-domain <domain> (or set BASE_DOMAIN): CORS allows its subdomains');
  const store = await createObjectStore(storage.s3);
  try {
    const outcomes = await applyBucketSettings(store, { baseDomain, allowHttpOrigins: opts.allowHttp });
    if (json) out.data({ bucket: storage.s3.bucket, outcomes });
    else {
      out.line(`Bucket ${storage.s3.bucket}:`);
      for (const outcome of outcomes) {
        out.line(`  ${outcome.setting.padEnd(11)} ${outcome.status.padEnd(8)} ${outcome.detail}`);
      }
    }
    // Refused settings are reported, not fatal: a store without them (RGW without a KMS) is still usable.
    return outcomes.some((outcome) => outcome.status === 'refused') ? 2 : 0;
  } finally {
    store.client.destroy();
  }
}

export function storageCommand(run: CliRun): Command {
  const storage = new Command('storage').description('the S3 object store (S3_* variables)');
  storage
    .command('setup')
    .description(
      'apply versioning, default encryption (SSE-S3), CORS for *.{base domain} and the lifecycle ' +
        '(reports/ to STANDARD_IA after 90 days, backups/ expire after 90 days) to S3_BUCKET; exit 2 when the ' +
        'store refused a setting',
    )
    .option('--base-domain <domain>', 'tenants live at {slug}.{domain} (env BASE_DOMAIN)')
    .option('--allow-http', 'also allow http:// origins (development)')
    .action(async (opts: { baseDomain?: string; allowHttp?: boolean }, command: Command) => {
      const json = Boolean(command.optsWithGlobals<{ json?: boolean }>().json);
      run.exitCode = await setup(run, opts, json);
    });
  return storage;
}
