import { s3ErrorCode, s3Sdk, type ObjectStore } from './s3-client';

export type BucketSetting = 'versioning' | 'encryption' | 'cors' | 'lifecycle';

export interface BucketSettingOutcome {
  setting: BucketSetting;
  /** `applied`: the store took it and reads it back; `refused`: the store answered an error. */
  status: 'applied' | 'refused';
  detail: string;
}

export interface BucketSetupOptions {
  /** Browsers upload from the tenants' hosts: CORS allows `https://*.{baseDomain}` (and http outside production). */
  baseDomain: string;
  allowHttpOrigins?: boolean;
  /** Days before reports move to infrequent access and backups expire. */
  reportsToInfrequentAccessDays?: number;
  backupsExpireDays?: number;
}

/** The CORS rule browsers need for the presigned POST upload and the presigned GET download. */
export function corsOrigins(options: BucketSetupOptions): string[] {
  const origins = [`https://*.${options.baseDomain}`];
  if (options.allowHttpOrigins) origins.push(`http://*.${options.baseDomain}`);
  return origins;
}

/**
 * Applies the bucket's settings one by one and reads each back, so the outcome says what the store really
 * keeps: versioning, default server-side encryption (SSE-S3, AES256), CORS for the tenants' hosts, and a
 * lifecycle (reports/ to STANDARD_IA after 90 days, backups/ expire after 90 days, stale multipart uploads
 * aborted after 7 days). A store that refuses one setting still gets the others.
 */
export async function applyBucketSettings(
  store: ObjectStore,
  options: BucketSetupOptions,
): Promise<BucketSettingOutcome[]> {
  const {
    GetBucketCorsCommand,
    GetBucketEncryptionCommand,
    GetBucketLifecycleConfigurationCommand,
    GetBucketVersioningCommand,
    PutBucketCorsCommand,
    PutBucketEncryptionCommand,
    PutBucketLifecycleConfigurationCommand,
    PutBucketVersioningCommand,
  } = await s3Sdk();
  const { client, bucket: Bucket } = store;
  const reportsDays = options.reportsToInfrequentAccessDays ?? 90;
  const backupsDays = options.backupsExpireDays ?? 90;
  const steps: Array<[BucketSetting, () => Promise<string>]> = [
    [
      'versioning',
      async () => {
        await client.send(
          new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }),
        );
        const read = await client.send(new GetBucketVersioningCommand({ Bucket }));
        return `status ${read.Status}`;
      },
    ],
    [
      'encryption',
      async () => {
        await client.send(
          new PutBucketEncryptionCommand({
            Bucket,
            ServerSideEncryptionConfiguration: {
              Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
            },
          }),
        );
        const read = await client.send(new GetBucketEncryptionCommand({ Bucket }));
        const rule = read.ServerSideEncryptionConfiguration?.Rules?.[0];
        return `default ${rule?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm}`;
      },
    ],
    [
      'cors',
      async () => {
        await client.send(
          new PutBucketCorsCommand({
            Bucket,
            CORSConfiguration: {
              CORSRules: [
                {
                  AllowedOrigins: corsOrigins(options),
                  AllowedMethods: ['GET', 'HEAD', 'POST'],
                  AllowedHeaders: ['*'],
                  ExposeHeaders: ['ETag'],
                  MaxAgeSeconds: 3000,
                },
              ],
            },
          }),
        );
        const read = await client.send(new GetBucketCorsCommand({ Bucket }));
        return `origins ${read.CORSRules?.flatMap((rule) => rule.AllowedOrigins ?? []).join(', ')}`;
      },
    ],
    [
      'lifecycle',
      async () => {
        await client.send(
          new PutBucketLifecycleConfigurationCommand({
            Bucket,
            LifecycleConfiguration: {
              Rules: [
                {
                  ID: 'reports-to-infrequent-access',
                  Status: 'Enabled',
                  Filter: { Prefix: 'reports/' },
                  Transitions: [{ Days: reportsDays, StorageClass: 'STANDARD_IA' }],
                },
                {
                  ID: 'backups-expire',
                  Status: 'Enabled',
                  Filter: { Prefix: 'backups/' },
                  Expiration: { Days: backupsDays },
                  NoncurrentVersionExpiration: { NoncurrentDays: 1 },
                },
                {
                  ID: 'abort-stale-uploads',
                  Status: 'Enabled',
                  Filter: { Prefix: '' },
                  AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
                },
              ],
            },
          }),
        );
        const read = await client.send(new GetBucketLifecycleConfigurationCommand({ Bucket }));
        return `rules ${read.Rules?.map((rule) => rule.ID).join(', ')}`;
      },
    ],
  ];
  const outcomes: BucketSettingOutcome[] = [];
  for (const [setting, apply] of steps) {
    try {
      outcomes.push({ setting, status: 'applied', detail: await apply() });
    } catch (error) {
      const code = s3ErrorCode(error) ?? (error instanceof Error ? error.name : 'Error');
      const message = error instanceof Error ? error.message : String(error);
      outcomes.push({ setting, status: 'refused', detail: `${code}: ${message}`.slice(0, 300) });
    }
  }
  return outcomes;
}
