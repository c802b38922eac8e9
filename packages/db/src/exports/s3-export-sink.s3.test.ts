import { randomBytes } from 'node:crypto';
import { text } from 'node:stream/consumers';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { createTestBucket, type TestBucket } from '@dispatch/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3ExportSink } from './s3-export-sink';
import type { ExportSink } from './export-sink';

// Against Ceph RGW (the s3 test project's gateway): multipart upload, listing and reading are the store's own.
let bucket: TestBucket;
let sink: ExportSink;
beforeAll(async () => {
  bucket = await createTestBucket('exports');
  sink = s3ExportSink({ client: bucket.store.client, bucket: bucket.store.bucket, prefix: 'backups/' });
});
afterAll(() => bucket.drop());

async function* lines(count: number, failAfter?: number) {
  for (let i = 0; i < count; i += 1) {
    if (i === failAfter) throw new Error('the source broke');
    yield `line ${i} ${'x'.repeat(200)}\n`;
  }
}

describe('s3ExportSink against Ceph RGW', () => {
  it('writes gzip under the prefix, reads it back, and lists a folder oldest key first', async () => {
    const second = await sink.write('acme/acme-2', lines(3));
    const first = await sink.write('acme/acme-1', [Buffer.from('bytes\n')]);
    expect(second.location).toBe(`s3://${bucket.store.bucket}/backups/acme/acme-2.gz`);
    expect(second.bytes).toBeGreaterThan(0);
    expect(await text(await sink.read(second.location))).toBe(
      [0, 1, 2].map((i) => `line ${i} ${'x'.repeat(200)}\n`).join(''),
    );
    expect(await text(await sink.read(first.location))).toBe('bytes\n');
    expect(await sink.list('acme/')).toEqual([first.location, second.location]);
    expect(await sink.list('nobody/')).toEqual([]);
  });

  it('streams an export larger than one multipart part (5 MiB) without holding it whole', async () => {
    // Random base64 lines: gzip keeps about three quarters, so the object stays above one 5 MiB part.
    async function* noisy() {
      for (let i = 0; i < 120_000; i += 1) yield `${randomBytes(48).toString('base64')}\n`;
    }
    const stored = await sink.write('big/big-1', noisy());
    expect(stored.bytes).toBeGreaterThan(5 * 1024 * 1024);
    const content = await text(await sink.read(stored.location));
    expect(content.split('\n')).toHaveLength(120_001);
  });

  it('leaves no object behind when the source fails midway, so no half export looks complete', async () => {
    await expect(sink.write('broken/broken-1', lines(10, 5))).rejects.toThrow('the source broke');
    const listed = await bucket.store.client.send(
      new ListObjectsV2Command({ Bucket: bucket.store.bucket, Prefix: 'backups/broken/' }),
    );
    expect(listed.Contents ?? []).toEqual([]);
  });

  it('refuses a location of another bucket', async () => {
    await expect(sink.read('s3://elsewhere/backups/x.gz')).rejects.toThrow('not in bucket');
  });
});
