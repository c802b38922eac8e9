import { createTestBucket, type TestBucket } from '@dispatch/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyBucketSettings } from './index';

let bucket: TestBucket;
beforeAll(async () => {
  bucket = await createTestBucket('setup');
});
afterAll(() => bucket.drop());

const preflight = (origin: string) =>
  fetch(`${bucket.config.endpoint}/${bucket.config.bucket}`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST' },
  });

describe('bucket settings against Ceph RGW', () => {
  it('keeps versioning, CORS and the lifecycle, and refuses default SSE-S3 encryption (no KMS configured)', async () => {
    const outcomes = await applyBucketSettings(bucket.store, { baseDomain: 'dispatch.test' });
    const byName = Object.fromEntries(outcomes.map((outcome) => [outcome.setting, outcome]));
    expect(byName.versioning).toEqual({ setting: 'versioning', status: 'applied', detail: 'status Enabled' });
    // RGW 16 implements SSE-S3 only with a KMS backend (Vault); this one-node gateway has none.
    expect(byName.encryption).toMatchObject({
      status: 'refused',
      detail: expect.stringContaining('InvalidArgument'),
    });
    expect(byName.cors).toEqual({
      setting: 'cors',
      status: 'applied',
      detail: 'origins https://*.dispatch.test',
    });
    expect(byName.lifecycle).toEqual({
      setting: 'lifecycle',
      status: 'applied',
      detail: 'rules abort-stale-uploads, backups-expire, reports-to-infrequent-access',
    });
  });

  it("lets a tenant host's browser upload (CORS preflight) and nobody else's", async () => {
    await applyBucketSettings(bucket.store, { baseDomain: 'dispatch.test' });
    const tenant = await preflight('https://acme.dispatch.test');
    expect(tenant.headers.get('access-control-allow-origin')).toBe('https://acme.dispatch.test');
    expect(tenant.headers.get('access-control-allow-methods')).toContain('POST');
    const stranger = await preflight('https://evil.example');
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
  });
});
