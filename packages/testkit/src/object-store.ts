import { randomBytes } from 'node:crypto';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { createObjectStore, emptyAndDeleteBucket, type ObjectStore } from '@dispatch/object-storage';
import type { S3Config } from '@dispatch/config';
import { inject } from 'vitest';

export interface TestBucket {
  /** What the config loader would produce for it (S3_* variables). */
  config: S3Config;
  /** The same as environment variables, for loadConfig or a child process. */
  env: Record<string, string>;
  store: ObjectStore;
  /** Empties and deletes the bucket. */
  drop(): Promise<void>;
}

/** A fresh bucket on the run's RGW (object-storage test project only). */
export async function createTestBucket(prefix = 'test'): Promise<TestBucket> {
  const gateway = inject('objectStore');
  const bucket = `${prefix}-${randomBytes(5).toString('hex')}`;
  const config: S3Config = {
    endpoint: gateway.endpoint,
    region: gateway.region,
    bucket,
    accessKeyId: gateway.accessKeyId,
    secretAccessKey: gateway.secretAccessKey,
    forcePathStyle: true,
  };
  const store = await createObjectStore(config);
  await store.client.send(new CreateBucketCommand({ Bucket: bucket }));
  return {
    config,
    env: {
      S3_ENDPOINT: gateway.endpoint,
      S3_REGION: gateway.region,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: gateway.accessKeyId,
      S3_SECRET_ACCESS_KEY: gateway.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    },
    store,
    drop: async () => {
      await emptyAndDeleteBucket(store);
      store.client.destroy();
    },
  };
}
