import type { S3Client } from '@aws-sdk/client-s3';
import type { S3Config } from '@dispatch/config';

/** The object store as configured: a bucket and the client that reaches it. */
export interface ObjectStore {
  client: S3Client;
  bucket: string;
}

/**
 * The AWS SDK for S3, loaded the first time something talks to an object store: a process with no store
 * configured (no attachments, no S3 exports, no audit anchors) never loads it (about 22 MiB resident).
 */
export const s3Sdk = () => import('@aws-sdk/client-s3');

/**
 * One S3 client per process. Path-style addressing is for stores without virtual-hosted buckets (Ceph RGW
 * without a DNS name, MinIO); keys left unset fall through to the SDK's chain (web identity in Kubernetes).
 */
export async function createObjectStore(config: S3Config): Promise<ObjectStore> {
  const { S3Client } = await s3Sdk();
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials:
      config.accessKeyId && config.secretAccessKey
        ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
        : undefined,
    // Checksums the SDK adds by default since 2025 are not understood by every S3-compatible store.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return { client, bucket: config.bucket };
}

/** The S3 error code of a failed call (`NoSuchKey`, `AccessDenied`, …), or undefined for anything else. */
export function s3ErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { name, Code } = error as { name?: string; Code?: string; $metadata?: unknown };
  if (!('$metadata' in error)) return undefined;
  return Code ?? name;
}

/** HTTP status of a failed S3 call, when it got an answer. */
export function s3Status(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

/** Size and type of a stored object, or undefined when there is none under `key`. */
export async function statObject(
  store: ObjectStore,
  key: string,
): Promise<{ size: number | undefined; contentType: string | undefined } | undefined> {
  const { HeadObjectCommand } = await s3Sdk();
  try {
    const head = await store.client.send(new HeadObjectCommand({ Bucket: store.bucket, Key: key }));
    return { size: head.ContentLength, contentType: head.ContentType };
  } catch (error) {
    const code = s3ErrorCode(error);
    if (code === 'NotFound' || code === 'NoSuchKey') return undefined;
    throw error;
  }
}

export async function deleteObject(store: ObjectStore, key: string): Promise<void> {
  const { DeleteObjectCommand } = await s3Sdk();
  await store.client.send(new DeleteObjectCommand({ Bucket: store.bucket, Key: key }));
}
