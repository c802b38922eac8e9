import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ExportSink } from './export-sink';

// Loaded on first use: a process that never exports to S3 never loads the SDK.
const sdk = () => import('@aws-sdk/client-s3');

export interface S3ExportSinkOptions {
  client: S3Client;
  bucket: string;
  /** Folder inside the bucket every key goes under (`exports/`, `backups/` …); empty for the bucket root. */
  prefix?: string;
}

/** `s3://bucket/key` ↔ its parts. */
const locationOf = (bucket: string, key: string) => `s3://${bucket}/${key}`;
function parseLocation(location: string, bucket: string): string {
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(location);
  if (!match) throw new Error(`${location}: not an s3:// location`);
  if (match[1] !== bucket) throw new Error(`${location}: not in bucket ${bucket}`);
  return match[2]!;
}

/**
 * Tenant exports and backups in the object store, gzip-compressed like the filesystem sink. The upload is
 * multipart and streamed (an export of unknown length never sits in memory whole); S3 makes the object visible
 * only once the upload completes, so an interrupted export never looks like a complete one (lib-storage aborts
 * the multipart upload on failure).
 */
export function s3ExportSink({ client, bucket, prefix = '' }: S3ExportSinkOptions): ExportSink {
  return {
    async write(key, chunks) {
      const [{ HeadObjectCommand }, { Upload }] = await Promise.all([sdk(), import('@aws-sdk/lib-storage')]);
      const objectKey = `${prefix}${key}.gz`;
      const body = new PassThrough();
      const upload = new Upload({
        client,
        params: { Bucket: bucket, Key: objectKey, Body: body, ContentType: 'application/gzip' },
      });
      const uploaded = upload.done();
      try {
        await Promise.all([pipeline(Readable.from(chunks), createGzip(), body), uploaded]);
      } catch (error) {
        await upload.abort().catch(() => undefined);
        await uploaded.catch(() => undefined);
        throw error;
      }
      const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey }));
      return { location: locationOf(bucket, objectKey), bytes: head.ContentLength ?? 0 };
    },
    async read(location) {
      const { GetObjectCommand } = await sdk();
      const key = parseLocation(location, bucket);
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      const gunzip = createGunzip();
      const source = object.Body as Readable;
      source.on('error', (error) => gunzip.destroy(error));
      return source.pipe(gunzip);
    },
    async list(folder) {
      const { ListObjectsV2Command } = await sdk();
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({
            Bucket: bucket,
            Prefix: `${prefix}${folder}`,
            Delimiter: '/',
            ContinuationToken: token,
          }),
        );
        for (const item of page.Contents ?? []) if (item.Key?.endsWith('.gz')) keys.push(item.Key);
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return keys.sort().map((key) => locationOf(bucket, key));
    },
  };
}
