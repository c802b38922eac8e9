import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { createTestBucket, type TestBucket } from '@dispatch/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postToPresignedUpload, presignDownload, presignUpload } from './index';

let bucket: TestBucket;
beforeAll(async () => {
  bucket = await createTestBucket('presign');
});
afterAll(() => bucket.drop());

const policy = (key: string, overrides: { maxBytes?: number; expiresInSeconds?: number } = {}) =>
  presignUpload(bucket.store, {
    key,
    contentType: 'image/png',
    maxBytes: 1024,
    expiresInSeconds: 60,
    ...overrides,
  });

describe('presigned POST against Ceph RGW', () => {
  it('stores a body within the policy with the pinned type, and a presigned GET reads it back', async () => {
    const upload = await policy('tenants/a/one.png');
    const sent = await postToPresignedUpload(upload, new Uint8Array(1024).fill(7));
    expect(sent.status).toBe(204);
    const head = await bucket.store.client.send(
      new HeadObjectCommand({ Bucket: bucket.store.bucket, Key: 'tenants/a/one.png' }),
    );
    expect([head.ContentLength, head.ContentType]).toEqual([1024, 'image/png']);
    const link = await presignDownload(bucket.store, {
      key: 'tenants/a/one.png',
      fileName: 'plan ü.png',
      expiresInSeconds: 60,
    });
    const response = await fetch(link.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain("filename*=UTF-8''plan%20%C3%BC.png");
    expect((await response.arrayBuffer()).byteLength).toBe(1024);
  });

  it('is refused by the store for 0 bytes and for one byte over the limit', async () => {
    const empty = await postToPresignedUpload(await policy('tenants/a/empty.png'), new Uint8Array(0));
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('EntityTooSmall');
    const large = await postToPresignedUpload(await policy('tenants/a/large.png'), new Uint8Array(1025));
    expect(large.status).toBe(400);
    expect(large.text).toContain('EntityTooLarge');
  });

  it('is refused by the store for another type, another key, a changed signature and an expired policy', async () => {
    const upload = await policy('tenants/a/pinned.png');
    const body = new Uint8Array(10);
    const typed = await postToPresignedUpload(
      { ...upload, fields: { ...upload.fields, 'Content-Type': 'text/html' } },
      body,
    );
    expect(typed.status).toBe(403);
    const moved = await postToPresignedUpload(
      { ...upload, fields: { ...upload.fields, key: 'tenants/b/stolen.png' } },
      body,
    );
    expect(moved.status).toBe(403);
    const signature = upload.fields['X-Amz-Signature']!;
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('0') ? '1' : '0'}`;
    const tampered = await postToPresignedUpload(
      { ...upload, fields: { ...upload.fields, 'X-Amz-Signature': flipped } },
      body,
    );
    expect(tampered.status).toBe(403);
    const expiring = await policy('tenants/a/late.png', { expiresInSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const late = await postToPresignedUpload(expiring, body);
    expect(late.status).toBe(403);
    for (const key of ['tenants/a/pinned.png', 'tenants/b/stolen.png', 'tenants/a/late.png']) {
      await expect(
        bucket.store.client.send(new HeadObjectCommand({ Bucket: bucket.store.bucket, Key: key })),
      ).rejects.toMatchObject({ name: 'NotFound' });
    }
  });
});
