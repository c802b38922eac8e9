import { createTestBucket, type TestBucket } from '@dispatch/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../test/cli-harness';

let bucket: TestBucket;
beforeAll(async () => {
  bucket = await createTestBucket('cli-setup');
});
afterAll(() => bucket.drop());

describe('dispatch-admin storage setup (Ceph RGW)', () => {
  it('applies each setting, reports what the store refused, and exits 2 for it', async () => {
    const result = await cli(['--json', 'storage', 'setup', '--base-domain', 'dispatch.test'], {
      env: bucket.env,
    });
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.bucket).toBe(bucket.config.bucket);
    expect(
      report.outcomes.map((outcome: { setting: string; status: string }) => [
        outcome.setting,
        outcome.status,
      ]),
    ).toEqual([
      ['versioning', 'applied'],
      ['encryption', 'refused'],
      ['cors', 'applied'],
      ['lifecycle', 'applied'],
    ]);
  });

  it('says what is missing without a bucket or a base domain', async () => {
    expect((await cli(['storage', 'setup'], { env: {} })).stderr).toContain('S3_BUCKET is not set');
    expect((await cli(['storage', 'setup'], { env: bucket.env })).stderr).toContain('--base-domain');
  });
});
